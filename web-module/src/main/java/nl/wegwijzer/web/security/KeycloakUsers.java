package nl.wegwijzer.web.security;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak's admin REST API for the realm's users, called with the built-in JAX-RS client and a
 * token of the service account {@code wegwijzer-admin} (client credentials), which may only view,
 * query and manage users. Never the Keycloak admin password; no Keycloak library (its admin client
 * drags in RESTEasy, which breaks Payara's Jersey).
 *
 * <p>Changes to a user read the whole representation and write it back changed, so that nothing
 * else about the user (attributes, required actions) is lost.
 */
@ApplicationScoped
public class KeycloakUsers {

  /** The user profile attribute with a coordinator's region codes (also a token claim). */
  public static final String REGIONS_ATTRIBUTE = KeycloakClaims.REGIONS;

  private static final Logger LOG = Logger.getLogger(KeycloakUsers.class.getName());
  private static final long TOKEN_MARGIN_SECONDS = 30;

  @Inject
  @ConfigProperty(name = "payara.security.openid.providerURI")
  String providerUri;

  @Inject
  @ConfigProperty(name = "wegwijzer.keycloak.admin.client-id", defaultValue = "wegwijzer-admin")
  String clientId;

  @Inject
  @ConfigProperty(
      name = "wegwijzer.keycloak.admin.client-secret",
      defaultValue = "wegwijzer-admin-demo-secret")
  String clientSecret;

  private Client client;
  private String token;
  private Instant tokenExpires = Instant.EPOCH;

  /** A user in a list: what the list shows. */
  public record UserSummary(
      String id,
      String userName,
      String firstName,
      String lastName,
      String email,
      boolean enabled,
      List<String> roles,
      List<String> regions)
      implements java.io.Serializable {}

  /**
   * What Keycloak knows of a user's logins: locked by the brute-force detection (too many wrong
   * passwords), and the last login among the stored login events (null when there is none: never,
   * or longer ago than the realm keeps events).
   */
  public record UserStatus(boolean locked, Instant lastLogin) implements java.io.Serializable {}

  /** A user with the realm roles and regions. */
  public record UserDetails(
      String id,
      String userName,
      String firstName,
      String lastName,
      String email,
      boolean enabled,
      List<String> roles,
      List<String> regions,
      List<String> requiredActions)
      implements java.io.Serializable {}

  private synchronized Client client() {
    if (client == null) {
      client =
          ClientBuilder.newBuilder()
              .connectTimeout(5, TimeUnit.SECONDS)
              .readTimeout(15, TimeUnit.SECONDS)
              // Jersey refuses a body on DELETE unless told otherwise; removing a role mapping
              // needs one.
              .property("jersey.config.client.suppressHttpComplianceValidation", true)
              .build();
    }
    return client;
  }

  @PreDestroy
  synchronized void close() {
    if (client != null) {
      client.close();
    }
  }

  /**
   * {@code http://host:port/realms/wegwijzer} → {@code http://host:port/admin/realms/wegwijzer}.
   */
  static String adminBase(String providerUri) {
    String base =
        providerUri.endsWith("/")
            ? providerUri.substring(0, providerUri.length() - 1)
            : providerUri;
    int realms = base.lastIndexOf("/realms/");
    if (realms < 0) {
      throw new IllegalStateException("Not a Keycloak realm URL: " + providerUri);
    }
    return base.substring(0, realms) + "/admin" + base.substring(realms);
  }

  private WebTarget admin() {
    return client().target(adminBase(providerUri));
  }

  /** A service-account token, reused until shortly before it expires. */
  private synchronized String token() {
    if (token != null && Instant.now().isBefore(tokenExpires)) {
      return token;
    }
    Form form =
        new Form()
            .param("grant_type", "client_credentials")
            .param("client_id", clientId)
            .param("client_secret", clientSecret);
    JsonObject answer =
        call(
            () ->
                client()
                    .target(providerUri)
                    .path("protocol/openid-connect/token")
                    .request(MediaType.APPLICATION_JSON)
                    .post(Entity.form(form)),
            KeycloakUsers::object);
    token = answer.getString("access_token");
    long seconds = answer.getJsonNumber("expires_in").longValue();
    tokenExpires = Instant.now().plusSeconds(Math.max(0, seconds - TOKEN_MARGIN_SECONDS));
    return token;
  }

  private Invocation.Builder request(WebTarget target) {
    return target
        .request(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token());
  }

  /** Users whose user name, e-mail address or name contain the text; all when it is blank. */
  public List<UserSummary> search(String text, int first, int max) {
    WebTarget target =
        admin()
            .path("users")
            .queryParam("first", first)
            .queryParam("max", max)
            .queryParam("briefRepresentation", false);
    if (text != null && !text.isBlank()) {
      target = target.queryParam("search", infix(text));
    }
    WebTarget users = target;
    JsonArray found = call(() -> request(users).get(), KeycloakUsers::array);
    if (found.isEmpty()) {
      return List.of();
    }
    // Three lists of role members instead of one role lookup per user in the page.
    java.util.Map<String, List<String>> roles = new java.util.HashMap<>();
    for (String role : UserAdministration.ROLES) {
      for (JsonObject member : members(role)) {
        roles.computeIfAbsent(member.getString("id"), id -> new java.util.ArrayList<>()).add(role);
      }
    }
    return found.stream()
        .map(JsonValue::asJsonObject)
        .map(u -> summary(u, roles.getOrDefault(u.getString("id"), List.of())))
        .toList();
  }

  /** How many users {@link #search} finds in all. */
  public long count(String text) {
    WebTarget target = admin().path("users/count");
    if (text != null && !text.isBlank()) {
      target = target.queryParam("search", infix(text));
    }
    WebTarget counted = target;
    return call(() -> request(counted).get(), body -> Long.parseLong(body.strip()));
  }

  /**
   * Keycloak's search matches the start of a word by default; people expect any part ('zeeland'
   * finds 'coordinator-zeeland'). Text with Keycloak's own wildcards or quotes is passed on as is.
   */
  static String infix(String text) {
    String typed = text.strip();
    return typed.contains("*") || typed.contains("\"") ? typed : "*" + typed + "*";
  }

  /** The user with exactly this user name, if any. */
  public Optional<UserDetails> findByUserName(String userName) {
    return representationOf(userName).map(u -> details(u, realmRoles(u.getString("id"))));
  }

  /**
   * What the user may do now: enabled, the realm roles in effect (composites included, as in a
   * token) and regions; empty when Keycloak does not know the user (deleted).
   */
  public Optional<AccessRegister.Rights> currentRights(String userName) {
    return representationOf(userName)
        .map(u -> details(u, roleNames(effectiveRoles(u.getString("id")))))
        .map(
            user ->
                new AccessRegister.Rights(
                    user.enabled(), Set.copyOf(user.roles()), Set.copyOf(user.regions())));
  }

  private Optional<JsonObject> representationOf(String userName) {
    WebTarget target =
        admin().path("users").queryParam("username", userName).queryParam("exact", true);
    return call(() -> request(target).get(), KeycloakUsers::array).stream()
        .map(JsonValue::asJsonObject)
        .filter(u -> userName.equalsIgnoreCase(u.getString("username", "")))
        .findFirst();
  }

  /** Ends one login at Keycloak (its SSO session, the 'sid' of its tokens). */
  public void endSession(String loginId) {
    call(() -> request(admin().path("sessions").path(loginId)).delete(), body -> body);
  }

  /** Ends every Keycloak session of the user: no token of theirs can be refreshed any more. */
  public void logout(String id) {
    call(
        () -> request(admin().path("users").path(id).path("logout")).post(Entity.json("{}")),
        body -> body);
  }

  public UserDetails get(String id) {
    return details(representation(id), realmRoles(id));
  }

  private JsonObject representation(String id) {
    return call(() -> request(admin().path("users").path(id)).get(), KeycloakUsers::object);
  }

  /**
   * Creates an enabled user with a temporary password (Keycloak then asks for a new one at the
   * first login). Answers the new user's id.
   */
  public String create(
      String userName, String firstName, String lastName, String email, String temporaryPassword) {
    JsonObject user =
        Json.createObjectBuilder()
            .add("username", userName)
            .add("firstName", firstName)
            .add("lastName", lastName)
            .add("email", email)
            .add("emailVerified", true)
            .add("enabled", true)
            .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", temporaryPassword)
                            .add("temporary", true)))
            .build();
    return call(
        () -> request(admin().path("users")).post(Entity.json(user.toString())),
        (response, body) -> {
          String location = response.getHeaderString(HttpHeaders.LOCATION);
          if (location != null && location.contains("/users/")) {
            return location.substring(location.lastIndexOf('/') + 1);
          }
          return findByUserName(userName)
              .map(UserDetails::id)
              .orElseThrow(
                  () -> new UserAdminException(UserAdminException.Reason.NOT_FOUND, userName));
        });
  }

  public void setEnabled(String id, boolean enabled) {
    update(id, user -> Json.createObjectBuilder(user).add("enabled", enabled).build());
  }

  /** Replaces a user's regions (the user profile allows only the directory's region codes). */
  public void setRegions(String id, Collection<String> regions) {
    update(
        id,
        user -> {
          JsonObjectBuilder attributes =
              Json.createObjectBuilder(
                  user.containsKey("attributes") && !user.isNull("attributes")
                      ? user.getJsonObject("attributes")
                      : JsonValue.EMPTY_JSON_OBJECT);
          if (regions.isEmpty()) {
            attributes.remove(REGIONS_ATTRIBUTE);
          } else {
            JsonArrayBuilder codes = Json.createArrayBuilder();
            regions.forEach(codes::add);
            attributes.add(REGIONS_ATTRIBUTE, codes);
          }
          return Json.createObjectBuilder(user).add("attributes", attributes).build();
        });
  }

  private void update(String id, Function<JsonObject, JsonObject> change) {
    JsonObject changed = change.apply(representation(id));
    call(
        () -> request(admin().path("users").path(id)).put(Entity.json(changed.toString())),
        body -> body);
  }

  /** The user's realm roles among the application's roles. */
  public List<String> realmRoles(String id) {
    return roleNames(mapped(id));
  }

  private JsonArray effectiveRoles(String id) {
    return call(
        () -> request(admin().path("users").path(id).path("role-mappings/realm/composite")).get(),
        KeycloakUsers::array);
  }

  private JsonArray mapped(String id) {
    return call(
        () -> request(admin().path("users").path(id).path("role-mappings/realm")).get(),
        KeycloakUsers::array);
  }

  /** The user names of the enabled users with the realm role (for "the last administrator"). */
  public List<String> enabledUsersWithRole(String role) {
    return members(role).stream()
        .filter(u -> u.getBoolean("enabled", false))
        .map(u -> u.getString("username", ""))
        .toList();
  }

  /**
   * The users with the realm role, page by page. Needs {@code view-realm}: Keycloak checks that the
   * caller may view the role before it lists the role's users.
   */
  private List<JsonObject> members(String role) {
    List<JsonObject> members = new java.util.ArrayList<>();
    int page = 100;
    for (int first = 0; ; first += page) {
      int offset = first;
      JsonArray users =
          call(
              () ->
                  request(
                          admin()
                              .path("roles")
                              .path(role)
                              .path("users")
                              .queryParam("briefRepresentation", true)
                              .queryParam("first", offset)
                              .queryParam("max", page))
                      .get(),
              KeycloakUsers::array);
      users.stream().map(JsonValue::asJsonObject).forEach(members::add);
      if (users.size() < page) {
        return members;
      }
    }
  }

  /**
   * Locked by the brute-force detection, and the last stored login event (needs {@code
   * view-events}).
   */
  public UserStatus status(String id) {
    JsonObject bruteForce =
        call(
            () -> request(admin().path("attack-detection/brute-force/users").path(id)).get(),
            KeycloakUsers::object);
    JsonArray logins =
        call(
            () ->
                request(
                        admin()
                            .path("events")
                            .queryParam("type", "LOGIN")
                            .queryParam("user", id)
                            .queryParam("direction", "desc")
                            .queryParam("first", 0)
                            .queryParam("max", 1))
                    .get(),
            KeycloakUsers::array);
    Instant lastLogin =
        logins.isEmpty()
            ? null
            : Instant.ofEpochMilli(logins.getJsonObject(0).getJsonNumber("time").longValue());
    return new UserStatus(bruteForce.getBoolean("disabled", false), lastLogin);
  }

  /** Ends a lock by the brute-force detection: the failed logins are forgotten. */
  public void unlock(String id) {
    call(
        () -> request(admin().path("attack-detection/brute-force/users").path(id)).delete(),
        body -> body);
  }

  /** Changes the user's name and e-mail address (Keycloak refuses an e-mail in use: 409). */
  public void updateDetails(String id, String firstName, String lastName, String email) {
    update(
        id,
        user ->
            Json.createObjectBuilder(user)
                .add("firstName", firstName)
                .add("lastName", lastName)
                .add("email", email)
                .build());
  }

  /**
   * Sets a temporary password: Keycloak asks the user for a new one at the next login
   * (UPDATE_PASSWORD becomes a required action).
   */
  public void resetPassword(String id, String temporaryPassword) {
    JsonObject credential =
        Json.createObjectBuilder()
            .add("type", "password")
            .add("value", temporaryPassword)
            .add("temporary", true)
            .build();
    call(
        () ->
            request(admin().path("users").path(id).path("reset-password"))
                .put(Entity.json(credential.toString())),
        body -> body);
  }

  /** Gives the user a realm role (found among the roles the user does not have yet). */
  public void assignRole(String id, String role) {
    JsonArray available =
        call(
            () ->
                request(admin().path("users").path(id).path("role-mappings/realm/available")).get(),
            KeycloakUsers::array);
    Optional<JsonObject> found = find(available, role);
    if (found.isEmpty()) {
      if (realmRoles(id).contains(role)) {
        return;
      }
      throw new UserAdminException(UserAdminException.Reason.NOT_FOUND, "No realm role " + role);
    }
    JsonArray body = Json.createArrayBuilder().add(found.get()).build();
    call(
        () ->
            request(admin().path("users").path(id).path("role-mappings/realm"))
                .post(Entity.json(body.toString())),
        text -> text);
  }

  /** Takes a realm role from the user; nothing happens when the user does not have it. */
  public void revokeRole(String id, String role) {
    Optional<JsonObject> found = find(mapped(id), role);
    if (found.isEmpty()) {
      return;
    }
    JsonArray body = Json.createArrayBuilder().add(found.get()).build();
    call(
        () ->
            request(admin().path("users").path(id).path("role-mappings/realm"))
                .method("DELETE", Entity.json(body.toString())),
        text -> text);
  }

  private static Optional<JsonObject> find(JsonArray roles, String name) {
    return roles.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> name.equals(r.getString("name", null)))
        .findFirst();
  }

  private static List<String> roleNames(JsonArray roles) {
    List<String> names =
        roles.stream().map(JsonValue::asJsonObject).map(r -> r.getString("name", "")).toList();
    return Role.ALL.stream().filter(names::contains).toList();
  }

  private static UserSummary summary(JsonObject user, List<String> roles) {
    return new UserSummary(
        user.getString("id"),
        user.getString("username", ""),
        user.getString("firstName", ""),
        user.getString("lastName", ""),
        user.getString("email", ""),
        user.getBoolean("enabled", false),
        UserAdministration.ROLES.stream().filter(roles::contains).toList(),
        regionsOf(user));
  }

  private static List<String> regionsOf(JsonObject user) {
    if (user.containsKey("attributes") && !user.isNull("attributes")) {
      JsonObject attributes = user.getJsonObject("attributes");
      if (attributes.containsKey(REGIONS_ATTRIBUTE)
          && attributes.get(REGIONS_ATTRIBUTE) instanceof JsonArray codes) {
        return codes.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
      }
    }
    return List.of();
  }

  private static UserDetails details(JsonObject user, List<String> roles) {
    List<String> regions = regionsOf(user);
    List<String> actions =
        user.containsKey("requiredActions") && !user.isNull("requiredActions")
            ? user.getJsonArray("requiredActions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList()
            : List.of();
    return new UserDetails(
        user.getString("id"),
        user.getString("username", ""),
        user.getString("firstName", ""),
        user.getString("lastName", ""),
        user.getString("email", ""),
        user.getBoolean("enabled", false),
        roles,
        regions,
        actions);
  }

  private static JsonObject object(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static JsonArray array(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readArray();
    }
  }

  /** Sends a call and reads a successful answer; every failure becomes a UserAdminException. */
  private static <T> T call(java.util.function.Supplier<Response> send, Function<String, T> read) {
    return call(send, (response, body) -> read.apply(body));
  }

  private static <T> T call(
      java.util.function.Supplier<Response> send,
      java.util.function.BiFunction<Response, String, T> read) {
    Response response;
    try {
      response = send.get();
    } catch (ProcessingException unreachable) {
      throw new UserAdminException(
          UserAdminException.Reason.UNAVAILABLE, "Keycloak cannot be reached", unreachable);
    }
    try (response) {
      String body = response.hasEntity() ? response.readEntity(String.class) : "";
      int status = response.getStatus();
      if (status >= 200 && status < 300) {
        return read.apply(response, body);
      }
      String explanation = explanation(body);
      LOG.warning(() -> "Keycloak answered " + status + ": " + explanation);
      throw new UserAdminException(
          switch (status) {
            case 404 -> UserAdminException.Reason.NOT_FOUND;
            case 409 -> UserAdminException.Reason.DUPLICATE;
            case 400 -> UserAdminException.Reason.REFUSED;
            default -> UserAdminException.Reason.UNAVAILABLE;
          },
          explanation);
    } catch (ProcessingException unreadable) {
      throw new UserAdminException(
          UserAdminException.Reason.UNAVAILABLE, "Keycloak's answer could not be read", unreadable);
    }
  }

  /** Keycloak's error text ({@code errorMessage} or {@code error_description}), or the body. */
  private static String explanation(String body) {
    try {
      JsonObject error = object(body);
      for (String key : List.of("errorMessage", "error_description", "error")) {
        if (error.containsKey(key) && error.get(key) instanceof JsonString text) {
          return text.getString();
        }
      }
    } catch (RuntimeException notJson) {
      // fall through: the body as it is
    }
    return body.length() > 300 ? body.substring(0, 300) : body;
  }
}
