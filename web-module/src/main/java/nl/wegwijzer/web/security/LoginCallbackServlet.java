package nl.wegwijzer.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Keycloak sends the browser back here after login; the mechanism has checked the code by then.
 * Sends the person on to the page they wanted (only ever a page of this site).
 */
@WebServlet(urlPatterns = KeycloakLogin.CALLBACK_PATH)
public class LoginCallbackServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    Object target =
        session == null ? null : session.getAttribute(RoutingAuthenticationMechanism.LOGIN_TARGET);
    if (session != null) {
      session.removeAttribute(RoutingAuthenticationMechanism.LOGIN_TARGET);
    }
    String path =
        target instanceof String wanted && wanted.startsWith("/") && !wanted.startsWith("//")
            ? wanted
            : "/";
    response.sendRedirect(request.getContextPath() + path);
  }
}
