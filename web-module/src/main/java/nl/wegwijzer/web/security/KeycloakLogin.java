package nl.wegwijzer.web.security;

import fish.payara.security.annotations.ClaimsDefinition;
import fish.payara.security.annotations.LogoutDefinition;
import fish.payara.security.annotations.OpenIdAuthenticationDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Screens log in with OpenID Connect against Keycloak (Payara's own mechanism: the standard Jakarta
 * one loses the caller's roles on the first request after the callback). The values here are
 * defaults; the real ones come from MicroProfile Config ({@code payara.security.openid.*}, filled
 * from the {@code WEGWIJZER_OIDC_*} environment variables in microprofile-config.properties).
 */
@OpenIdAuthenticationDefinition(
    providerURI = "http://127.0.0.1:8180/realms/wegwijzer",
    clientId = "wegwijzer-web",
    clientSecret = "wegwijzer-web-demo-secret",
    redirectURI = "${baseURL}" + KeycloakLogin.CALLBACK_PATH,
    scope = {"openid", "email", "profile"},
    claimsDefinition =
        @ClaimsDefinition(
            callerNameClaim = KeycloakClaims.USER_NAME,
            callerGroupsClaim = KeycloakClaims.ROLES),
    logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"),
    useSession = true)
@ApplicationScoped
public class KeycloakLogin {

  /** Where Keycloak sends the browser back after login. */
  public static final String CALLBACK_PATH = "/inloggen/terug";
}
