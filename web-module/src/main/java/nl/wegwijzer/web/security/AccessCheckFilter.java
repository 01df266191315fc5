package nl.wegwijzer.web.security;

import fish.payara.security.openid.api.OpenIdContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A login is never the last word: at every logged-in request, screens and API alike, asks the
 * {@link AccessRegister} whether the user may still do what their session or token says.
 *
 * <ul>
 *   <li>A session whose user was disabled or deleted, whose rights were changed through /beheer
 *       after it logged in, whose login was logged out on another node, or that outlived its {@link
 *       SessionLifetimes lifetime} is ended here with its Keycloak login, and the next page asks
 *       for the password; the new login brings the rights as they are now.
 *   <li>A staff area whose role the user no longer holds answers 403, though the session still
 *       carries the role.
 *   <li>A bearer token of a disabled user, issued before a revocation, or carrying a role taken
 *       away, answers 401: its client gets a new token, which tells the truth.
 * </ul>
 *
 * The current access is left in the request for {@link CurrentUser}, so that a removed role or
 * region counts in the services too.
 */
@WebFilter(filterName = "accessCheck")
public class AccessCheckFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AccessCheckFilter.class.getName());

  /** When this session logged in, on the database's clock. */
  static final String LOGGED_IN_AT = "wegwijzer.login.at";

  /** The Keycloak login behind this session, for ending it with the session. */
  static final String LOGIN_ID = "wegwijzer.login.id";

  /** The staff areas and the role each needs (as web.xml's security constraints). */
  static final Map<String, String> AREAS =
      Map.of("/redactie", Role.EDITOR, "/coordinatie", Role.COORDINATOR, "/beheer", Role.ADMIN);

  @Inject transient AccessRegister register;
  @Inject transient SessionLifetimes lifetimes;
  @Inject transient Logins logins;
  @Inject transient Instance<OpenIdContext> openId;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = request.getUserPrincipal();
    if (caller == null) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean admitted =
        path.startsWith("/api/")
            ? admitToken(caller, request, response)
            : admitSession(caller, path, request, response);
    if (admitted) {
      chain.doFilter(request, response);
    }
  }

  private boolean admitToken(
      Principal caller, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    UserAccess access;
    try {
      access = register.current(caller.getName(), null);
    } catch (AccessUnknownException unknown) {
      response.setHeader("Retry-After", String.valueOf(AccessRegister.REFRESH_AFTER.toSeconds()));
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return false;
    }
    if (!(caller instanceof JsonWebToken token)
        || !access.admitsToken(
            Instant.ofEpochSecond(token.getIssuedAtTime()),
            token.getGroups() == null ? Set.of() : token.getGroups())) {
      LOG.info(() -> "Outdated token of " + caller.getName() + " refused");
      response.setHeader(
          "WWW-Authenticate",
          "Bearer error=\"invalid_token\", error_description=\"the user's access has changed\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return false;
    }
    request.setAttribute(UserAccess.REQUEST_ATTRIBUTE, access);
    return true;
  }

  private boolean admitSession(
      Principal caller, String path, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession();
    String loginId = KeycloakClaims.loginId(openId);
    UserAccess access;
    try {
      access = register.current(caller.getName(), loginId);
    } catch (AccessUnknownException unknown) {
      response.sendRedirect(
          request.getContextPath() + RoutingAuthenticationMechanism.UNAVAILABLE_PATH);
      return false;
    }
    Instant loggedInAt;
    if (session.getAttribute(LOGGED_IN_AT) instanceof Instant known) {
      loggedInAt = known;
    } else {
      loggedInAt = access.now();
      session.setAttribute(LOGGED_IN_AT, loggedInAt);
      session.setAttribute(LOGIN_ID, loginId);
      lifetimes.of(access).startIdleTimer(session);
    }
    if (!access.admitsSession(loggedInAt)
        || lifetimes.of(access).isOver(loggedInAt, access.now())) {
      LOG.info(() -> "Session of " + caller.getName() + " ended: access changed or lifetime over");
      logins.sessionEnded(loginId);
      endSessionAndLogInAgain(session, request, response);
      return false;
    }
    String screen = path.startsWith("/views/") ? path.substring("/views".length()) : path;
    for (Map.Entry<String, String> area : AREAS.entrySet()) {
      if ((screen.equals(area.getKey()) || screen.startsWith(area.getKey() + "/"))
          && !access.hasRole(area.getValue())) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return false;
      }
    }
    request.setAttribute(UserAccess.REQUEST_ATTRIBUTE, access);
    return true;
  }

  /**
   * Ends this node's session and sends the person to the same page, which asks for a login again. A
   * Faces Ajax request gets its redirect as a partial response, which the page then follows.
   */
  private static void endSessionAndLogInAgain(
      HttpSession session, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    session.invalidate();
    String query = request.getQueryString();
    String target =
        "GET".equals(request.getMethod())
            ? request.getRequestURI() + (query == null ? "" : "?" + query)
            : request.getRequestURI();
    response.setHeader("Cache-Control", "no-store");
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml;charset=UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target.replace("&", "&amp;").replace("\"", "&quot;")
                  + "\"/></partial-response>");
      return;
    }
    response.sendRedirect(target);
  }
}
