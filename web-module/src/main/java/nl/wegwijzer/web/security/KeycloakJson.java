package nl.wegwijzer.web.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's admin REST representations as far as Wegwijzer uses them, mapped by JSON-B. Reading
 * ignores the fields a record does not name (JSON-B's default), and writing leaves out the
 * components that are null, so that Keycloak keeps what it was not sent (its PUT on a user sets
 * only the fields present, except the attributes: see {@link UserRepresentation}).
 */
public final class KeycloakJson {

  /**
   * JSON-B is thread-safe and costly to create: one for the application. Null values are left out
   * (JSON-B's default); said here so that it stays so.
   */
  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  private KeycloakJson() {}

  public static String write(Object representation) {
    return JSONB.toJson(representation);
  }

  public static <T> T read(String json, Class<T> type) {
    return JSONB.fromJson(json, type);
  }

  /** A JSON array, read as an array type ({@code UserRepresentation[].class}) to keep it simple. */
  public static <T> List<T> readList(String json, Class<T[]> type) {
    T[] items = JSONB.fromJson(json, type);
    return items == null ? List.of() : List.of(items);
  }

  /**
   * A user. Changes read this whole and write it back changed: since Keycloak 24 the user profile
   * replaces the attributes as a whole when {@code attributes} is sent (those left out are removed)
   * and the four root attributes (username, e-mail address, first and last name) count among them,
   * so these always go back as read, with the attributes map untouched but for the one being
   * changed. Fields not named here (createdTimestamp, totp, access, federationLink, ...) are left
   * out; Keycloak changes only the fields present.
   */
  public record UserRepresentation(
      String id,
      String username,
      String firstName,
      String lastName,
      String email,
      Boolean emailVerified,
      Boolean enabled,
      Map<String, List<String>> attributes,
      List<String> requiredActions,
      List<CredentialRepresentation> credentials) {

    /** A new user: enabled, e-mail address verified, with a temporary password. */
    public static UserRepresentation create(
        String username,
        String firstName,
        String lastName,
        String email,
        CredentialRepresentation password) {
      return new UserRepresentation(
          null,
          username,
          firstName,
          lastName,
          email,
          true,
          true,
          null,
          List.of("UPDATE_PASSWORD"),
          List.of(password));
    }

    public UserRepresentation withEnabled(boolean enabled) {
      return changed(enabled, firstName, lastName, email, attributes);
    }

    public UserRepresentation withNames(String firstName, String lastName, String email) {
      return changed(enabled, firstName, lastName, email, attributes);
    }

    /**
     * The attribute replaced (or removed when there are no values); the others stay as they are.
     */
    public UserRepresentation withAttribute(String name, List<String> values) {
      Map<String, List<String>> replaced =
          attributes == null ? new HashMap<>() : new HashMap<>(attributes);
      if (values.isEmpty()) {
        replaced.remove(name);
      } else {
        replaced.put(name, List.copyOf(values));
      }
      return changed(enabled, firstName, lastName, email, replaced);
    }

    /** This user with what a change may touch replaced, everything else as read. */
    private UserRepresentation changed(
        Boolean enabled,
        String firstName,
        String lastName,
        String email,
        Map<String, List<String>> attributes) {
      return new UserRepresentation(
          id,
          username,
          firstName,
          lastName,
          email,
          emailVerified,
          enabled,
          attributes,
          requiredActions,
          credentials);
    }

    /** The attribute's values; none when the user does not have it. */
    public List<String> attribute(String name) {
      if (attributes == null) {
        return List.of();
      }
      List<String> values = attributes.get(name);
      return values == null ? List.of() : values;
    }
  }

  /** A password, as a user's credential or the body of reset-password. */
  public record CredentialRepresentation(String type, String value, Boolean temporary) {

    /** A password that Keycloak asks the user to replace at the next login. */
    public static CredentialRepresentation temporaryPassword(String value) {
      return new CredentialRepresentation("password", value, true);
    }
  }

  /**
   * A realm role. Mappings are added and removed by sending roles back: Keycloak looks them up by
   * id and name, so both are kept as read.
   */
  public record RoleRepresentation(
      String id,
      String name,
      String description,
      Boolean composite,
      Boolean clientRole,
      String containerId) {}

  /** What the brute-force detection knows of a user: {@code disabled} while locked. */
  public record BruteForceStatus(Boolean disabled, Integer numFailures) {

    public boolean locked() {
      return Boolean.TRUE.equals(disabled);
    }
  }

  /** A stored login event; {@code time} in milliseconds since the epoch. */
  public record EventRepresentation(Long time, String type, String userId) {}

  /** The answer to the service account's client-credentials grant. */
  public record TokenResponse(
      @JsonbProperty("access_token") String accessToken,
      @JsonbProperty("expires_in") Long expiresIn) {}

  /**
   * Keycloak's error body: {@code errorMessage} from the admin API, {@code error} and {@code
   * error_description} from the token endpoint.
   */
  public record ErrorRepresentation(
      String errorMessage,
      String error,
      @JsonbProperty("error_description") String errorDescription) {

    /** The most telling text there is, or null. */
    public String explanation() {
      for (String text : new String[] {errorMessage, errorDescription, error}) {
        if (text != null && !text.isBlank()) {
          return text;
        }
      }
      return null;
    }
  }
}
