package nl.wegwijzer.web.security;

import fish.payara.security.openid.api.OpenIdContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, for screens and the API alike: user name, roles and a coordinator's regions. The
 * rest of the code asks this object, never Keycloak's tokens.
 *
 * <p>It keeps nothing of its own: every answer is read from the request's security context when
 * asked, so one instance serves every request (creating one per request was measured at a tenth of
 * a registration's cost).
 */
@Named("currentUser")
@ApplicationScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @Inject Instance<OpenIdContext> openId;

  public boolean isLoggedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getName() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  public List<String> getRoles() {
    return Stream.of(Role.EDITOR, Role.COORDINATOR, Role.ADMIN)
        .filter(security::isCallerInRole)
        .toList();
  }

  public boolean hasRole(String role) {
    return security.isCallerInRole(role);
  }

  /** The region codes a coordinator works for; empty for everyone else. */
  public List<String> getRegions() {
    Principal caller = security.getCallerPrincipal();
    if (caller instanceof JsonWebToken token) {
      return KeycloakClaims.strings(token.getClaim(KeycloakClaims.REGIONS));
    }
    if (caller != null && openId.isResolvable()) {
      try {
        return KeycloakClaims.strings(
            openId.get().getIdentityToken().getClaim(KeycloakClaims.REGIONS));
      } catch (RuntimeException noOpenIdSession) {
        return List.of();
      }
    }
    return List.of();
  }
}
