package nl.wegwijzer.web.security;

import fish.payara.security.openid.api.OpenIdContext;
import jakarta.enterprise.inject.Instance;
import java.util.Collection;
import java.util.List;

/** The claim names of our Keycloak realm (deploy/keycloak/wegwijzer-realm.json). */
public final class KeycloakClaims {

  public static final String USER_NAME = "preferred_username";

  /** The realm roles, as a flat list. */
  public static final String ROLES = "groups";

  /** A coordinator's region codes. */
  public static final String REGIONS = "regions";

  /** Keycloak's id of a login (its SSO session), the same in every token of that login. */
  public static final String LOGIN_ID = "sid";

  private KeycloakClaims() {}

  /** The id of the login behind this request's screen session, or null without one. */
  static String loginId(Instance<OpenIdContext> openId) {
    try {
      return strings(openId.get().getIdentityToken().getClaim(LOGIN_ID)).stream()
          .findFirst()
          .orElse(null);
    } catch (RuntimeException noOpenIdSession) {
      return null;
    }
  }

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
