package nl.wegwijzer.web.security;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff pages' "stay logged in" (session-warning.js): a GET that touches the session, so it
 * starts afresh, and answers nothing. The page is not reloaded, so what was typed stays. Only for
 * people with a staff role; a session that already ended gets the login redirect instead of 204.
 */
@WebServlet(urlPatterns = "/sessie-verlengen")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.EDITOR, Role.COORDINATOR, Role.ADMIN}))
public class SessionKeepAliveServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    // Asking for the session is what the container counts as an access.
    request.getSession(false);
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
