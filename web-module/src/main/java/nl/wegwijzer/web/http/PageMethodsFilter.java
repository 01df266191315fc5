package nl.wegwijzer.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import nl.wegwijzer.web.api.WegwijzerApi;

/**
 * Pages, feeds and forms take GET, HEAD and POST (and OPTIONS); any other method answers 405 with
 * the error page. Without this, a method the servlet API does not know (PATCH) reaches a plain
 * servlet, which answers 501 "not implemented" as if the server were at fault. The API is left to
 * JAX-RS, which answers 405 problem+json per resource. Whether a request is the API's is decided by
 * the servlet the container chose, not by how the address starts: an address such as {@code
 * /api/x/..%2F..%2Fetc} starts with /api/ but, once decoded and normalised, falls outside it and
 * reaches the default servlet.
 */
@WebFilter(filterName = "pageMethods")
public class PageMethodsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String API_SERVLET_PATH = "/" + WegwijzerApi.PATH;
  private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST", "OPTIONS");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (ALLOWED.contains(request.getMethod())
        || API_SERVLET_PATH.equals(request.getServletPath())) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
