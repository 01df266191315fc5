package nl.wegwijzer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.wegwijzer.web.security.KeycloakJson.CredentialRepresentation;
import nl.wegwijzer.web.security.KeycloakJson.UserRepresentation;

/** The realm's users in Keycloak's admin API: find, read, create, change, set a password. */
@ApplicationScoped
public class KeycloakUserApi {

  @Inject KeycloakAdminApi api;

  /** Users whose user name, e-mail address or name contain the text; all when it is blank. */
  public List<UserRepresentation> search(String text, int first, int max) {
    WebTarget target =
        api.target("users")
            .queryParam("first", first)
            .queryParam("max", max)
            .queryParam("briefRepresentation", false);
    if (text != null && !text.isBlank()) {
      target = target.queryParam("search", infix(text));
    }
    return api.getList(target, UserRepresentation[].class);
  }

  /** How many users {@link #search} finds in all. */
  public long count(String text) {
    WebTarget target = api.target("users/count");
    if (text != null && !text.isBlank()) {
      target = target.queryParam("search", infix(text));
    }
    return Long.parseLong(api.getText(target).strip());
  }

  /**
   * Keycloak's search matches the start of a word by default; people expect any part ('zeeland'
   * finds 'coordinator-zeeland'). Text with Keycloak's own wildcards or quotes is passed on as is.
   */
  static String infix(String text) {
    String typed = text.strip();
    return typed.contains("*") || typed.contains("\"") ? typed : "*" + typed + "*";
  }

  /** The user with exactly this user name (Keycloak's user names are lower case), if any. */
  public Optional<UserRepresentation> byUserName(String userName) {
    WebTarget target =
        api.target("users").queryParam("username", userName).queryParam("exact", true);
    return api.getList(target, UserRepresentation[].class).stream()
        .filter(u -> userName.equalsIgnoreCase(u.username()))
        .findFirst();
  }

  /** Users with the value among the values of an attribute (Keycloak's exact {@code q} search). */
  public List<UserRepresentation> withAttribute(String name, String value, int max) {
    WebTarget target =
        api.target("users")
            .queryParam("q", name + ":" + value)
            .queryParam("max", max)
            .queryParam("briefRepresentation", false);
    return api.getList(target, UserRepresentation[].class);
  }

  public UserRepresentation get(String id) {
    return api.get(user(id), UserRepresentation.class);
  }

  /**
   * Creates the user; answers the new id from the Location header, or, when there is none, looks
   * the user up by user name.
   */
  public String create(UserRepresentation user) {
    String location = api.post(api.target("users"), user);
    if (location != null && location.contains("/users/")) {
      return location.substring(location.lastIndexOf('/') + 1);
    }
    return byUserName(user.username())
        .map(UserRepresentation::id)
        .orElseThrow(
            () -> new UserAdminException(UserAdminException.Reason.NOT_FOUND, user.username()));
  }

  /**
   * Reads the user's whole representation and writes it back changed, so that nothing else about
   * the user (attributes, required actions) is lost.
   */
  public void update(String id, UnaryOperator<UserRepresentation> change) {
    api.put(user(id), change.apply(get(id)));
  }

  /**
   * Sets a temporary password: Keycloak asks the user for a new one at the next login
   * (UPDATE_PASSWORD becomes a required action).
   */
  public void resetPassword(String id, String temporaryPassword) {
    api.put(
        user(id).path("reset-password"),
        CredentialRepresentation.temporaryPassword(temporaryPassword));
  }

  private WebTarget user(String id) {
    return api.target("users").path(id);
  }
}
