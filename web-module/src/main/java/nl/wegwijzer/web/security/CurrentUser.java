package nl.wegwijzer.web.security;

import fish.payara.security.openid.api.OpenIdContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, for screens and the API alike: user name, roles and a coordinator's regions. The
 * rest of the code asks this object, never Keycloak's tokens.
 *
 * <p>It keeps nothing of its own: every answer is read from the request's security context when
 * asked, so one instance serves every request (creating one per request was measured at a tenth of
 * a registration's cost).
 */
@Named
@ApplicationScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @Inject Instance<OpenIdContext> openId;
  @Inject HttpServletRequest request;

  public boolean isLoggedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getName() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  public List<String> getRoles() {
    return Role.ALL.stream().filter(this::hasRole).toList();
  }

  /** A role of the login that the user still holds now (see {@link AccessCheckFilter}). */
  public boolean hasRole(String role) {
    return security.isCallerInRole(role) && currentAccess().map(a -> a.hasRole(role)).orElse(true);
  }

  /** The region codes a coordinator works for, as far as they still do; empty for everyone else. */
  public List<String> getRegions() {
    List<String> ofLogin = regionsOfLogin();
    return currentAccess()
        .map(access -> ofLogin.stream().filter(access.regions()::contains).toList())
        .orElse(ofLogin);
  }

  /**
   * What the user may do now, as {@link AccessCheckFilter} found it for this request; empty outside
   * a logged-in request, where the container's answer is all there is.
   */
  private Optional<UserAccess> currentAccess() {
    try {
      return request.getAttribute(UserAccess.REQUEST_ATTRIBUTE) instanceof UserAccess access
          ? Optional.of(access)
          : Optional.empty();
    } catch (ContextNotActiveException noRequest) {
      return Optional.empty();
    }
  }

  private List<String> regionsOfLogin() {
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
