package nl.wegwijzer.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import nl.wegwijzer.web.http.FreshGet;

/**
 * The container's own error answers (401 and 403 from the security layer before any resource runs;
 * 400, 405, 413 and 415 when a request is refused before it reaches a resource or a page, e.g. an
 * Accept header that cannot be parsed): problem+json for the API, a friendly page for people,
 * instead of the server's default error report.
 */
@WebServlet(urlPatterns = "/fout/*")
public class HttpErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Map<Integer, String> PAGES =
      Map.of(
          401, "/views/error/forbidden.xhtml",
          403, "/views/error/forbidden.xhtml",
          503, "/views/error/login-unavailable.xhtml");
  private static final Map<Integer, String> DETAILS =
      Map.of(
          401, "A valid, current bearer token from Keycloak is needed.",
          403, "This token does not give access to this resource.",
          503, "The caller's current rights cannot be checked now; try again shortly.");

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : 404;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? "" : uri.toString().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      response.setStatus(status);
      response.setContentType("application/problem+json");
      response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
      Response.Status known = Response.Status.fromStatusCode(status);
      String title = known == null ? "Request failed" : known.getReasonPhrase();
      try (Jsonb jsonb = JsonbBuilder.create()) {
        response
            .getWriter()
            .write(
                jsonb.toJson(
                    new Problem(
                        "https://wegwijzer.nl/problemen/http-" + status,
                        title,
                        status,
                        DETAILS.getOrDefault(status, title),
                        path,
                        null)));
      } catch (Exception e) {
        throw new ServletException(e);
      }
      return;
    }
    request
        .getRequestDispatcher(PAGES.getOrDefault(status, "/views/error/not-found.xhtml"))
        .forward(new FreshGet(request), response);
  }
}
