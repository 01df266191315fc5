package nl.wegwijzer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.web.security.KeycloakJson.RoleRepresentation;
import nl.wegwijzer.web.security.KeycloakJson.UserRepresentation;

/** Which realm roles a user has in Keycloak, giving and taking them, and the members of a role. */
@ApplicationScoped
public class KeycloakRoleMappings {

  private static final int PAGE = 100;

  @Inject KeycloakAdminApi api;

  /** The realm roles mapped to the user directly. */
  public List<RoleRepresentation> mapped(String id) {
    return api.getList(realmMappings(id), RoleRepresentation[].class);
  }

  /** The realm roles in effect, composites included, as in a token. */
  public List<RoleRepresentation> effective(String id) {
    return api.getList(realmMappings(id).path("composite"), RoleRepresentation[].class);
  }

  /** Gives the user a realm role (found among the roles the user does not have yet). */
  public void assign(String id, String role) {
    Optional<RoleRepresentation> found =
        find(api.getList(realmMappings(id).path("available"), RoleRepresentation[].class), role);
    if (found.isEmpty()) {
      if (find(mapped(id), role).isPresent()) {
        return;
      }
      throw new UserAdminException(UserAdminException.Reason.NOT_FOUND, "No realm role " + role);
    }
    api.post(realmMappings(id), List.of(found.get()));
  }

  /** Takes a realm role from the user; nothing happens when the user does not have it. */
  public void revoke(String id, String role) {
    Optional<RoleRepresentation> found = find(mapped(id), role);
    if (found.isPresent()) {
      api.delete(realmMappings(id), List.of(found.get()));
    }
  }

  /**
   * The users with the realm role (brief representations), page by page. Needs {@code view-realm}:
   * Keycloak checks that the caller may view the role before it lists the role's users.
   */
  public List<UserRepresentation> members(String role) {
    return members(role, true);
  }

  /**
   * The users with the realm role, page by page; a full representation carries the attributes (a
   * coordinator's regions), a brief one does not.
   */
  public List<UserRepresentation> members(String role, boolean brief) {
    List<UserRepresentation> members = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<UserRepresentation> page =
          api.getList(
              api.target("roles")
                  .path(role)
                  .path("users")
                  .queryParam("briefRepresentation", brief)
                  .queryParam("first", first)
                  .queryParam("max", PAGE),
              UserRepresentation[].class);
      members.addAll(page);
      if (page.size() < PAGE) {
        return members;
      }
    }
  }

  private static Optional<RoleRepresentation> find(List<RoleRepresentation> roles, String name) {
    return roles.stream().filter(r -> name.equals(r.name())).findFirst();
  }

  private WebTarget realmMappings(String id) {
    return api.target("users").path(id).path("role-mappings/realm");
  }
}
