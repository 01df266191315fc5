package nl.wegwijzer.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy from PrimeFaces
 * (with a fresh script nonce per response, see web.xml); everything else (the API, static files,
 * errors outside Faces) gets a strict policy here.
 */
@WebFilter(filterName = "securityHeaders", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  /**
   * The policy of pages; PrimeFaces appends the nonce to the script-src at the end. Forms may also
   * lead to the login server: logging out posts here and is redirected to Keycloak.
   */
  public static String pagePolicy(String loginOrigin) {
    return "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
        + "form-action 'self'"
        + (loginOrigin == null ? "" : " " + loginOrigin)
        + "; frame-ancestors 'none'; script-src 'self'";
  }

  static final String STRICT_POLICY =
      "default-src 'none'; img-src 'self'; style-src 'self'; frame-ancestors 'none'; "
          + "base-uri 'none'; form-action 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (!Routes.rendersFacesPage(request) && !response.containsHeader("Content-Security-Policy")) {
      response.setHeader("Content-Security-Policy", STRICT_POLICY);
    }
    chain.doFilter(request, response);
  }
}
