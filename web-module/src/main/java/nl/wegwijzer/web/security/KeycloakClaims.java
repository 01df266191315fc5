package nl.wegwijzer.web.security;

import java.util.Collection;
import java.util.List;

/** The claim names of our Keycloak realm (deploy/keycloak/wegwijzer-realm.json). */
public final class KeycloakClaims {

  public static final String USER_NAME = "preferred_username";

  /** The realm roles, as a flat list. */
  public static final String ROLES = "groups";

  /** A coordinator's region codes. */
  public static final String REGIONS = "regions";

  private KeycloakClaims() {}

  /** A claim that may be missing, one string, or a list, as a list of strings. */
  static List<String> strings(Object claim) {
    if (claim == null) {
      return List.of();
    }
    if (claim instanceof Collection<?> values) {
      return values.stream().map(KeycloakClaims::unquote).toList();
    }
    if (claim instanceof jakarta.json.JsonArray array) {
      return array.stream().map(v -> unquote(v)).toList();
    }
    return List.of(unquote(claim));
  }

  private static String unquote(Object value) {
    String text = String.valueOf(value);
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1)
        : text;
  }
}
