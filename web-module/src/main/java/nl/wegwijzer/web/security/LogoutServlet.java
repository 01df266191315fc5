package nl.wegwijzer.web.security;

import fish.payara.security.openid.api.OpenIdContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Logs out here and at Keycloak: ends this session, then sends the browser to Keycloak's
 * end-session endpoint (with the identity token, so Keycloak asks nothing) and back to the home
 * page. A form post, so that a link elsewhere cannot log anyone out.
 */
@WebServlet(urlPatterns = "/uitloggen")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Instance<OpenIdContext> openId;
  @Inject transient Logins logins;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String home = baseUrl(request) + "/";
    String keycloakLogout = null;
    try {
      OpenIdContext context = openId.get();
      String endSession = context.getProviderMetadata().getString("end_session_endpoint", null);
      String idToken = context.getIdentityToken().getToken();
      if (endSession != null && idToken != null) {
        keycloakLogout =
            endSession
                + "?id_token_hint="
                + URLEncoder.encode(idToken, StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri="
                + URLEncoder.encode(home, StandardCharsets.UTF_8);
      }
    } catch (RuntimeException notLoggedInWithKeycloak) {
      keycloakLogout = null;
    }
    String loginId = KeycloakClaims.loginId(openId);
    if (loginId != null) {
      // ended at Keycloak from the server too, not only by the browser's redirect, which a closed
      // tab never follows; the sessions that other nodes hold of this login end as well
      logins.loggedOut(loginId);
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(keycloakLogout == null ? home : keycloakLogout);
  }

  private static String baseUrl(HttpServletRequest request) {
    StringBuffer url = request.getRequestURL();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }
}
