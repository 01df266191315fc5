package nl.wegwijzer.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The container's 401 and 403 (from the security layer, before any resource runs): problem+json for
 * the API, a friendly page for people.
 */
@WebServlet(urlPatterns = "/fout/*")
public class HttpErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Map<Integer, String> PAGES =
      Map.of(401, "/views/error/forbidden.xhtml", 403, "/views/error/forbidden.xhtml");
  private static final Map<Integer, String> TITLES = Map.of(401, "Unauthorized", 403, "Forbidden");

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
      String title = TITLES.getOrDefault(status, "Request failed");
      try (Jsonb jsonb = JsonbBuilder.create()) {
        response
            .getWriter()
            .write(
                jsonb.toJson(
                    new Problem(
                        "https://wegwijzer.nl/problemen/http-" + status,
                        title,
                        status,
                        status == 401
                            ? "A valid bearer token from Keycloak is needed."
                            : "This token does not give access to this resource.",
                        path,
                        null)));
      } catch (Exception e) {
        throw new ServletException(e);
      }
      return;
    }
    request
        .getRequestDispatcher(PAGES.getOrDefault(status, "/views/error/not-found.xhtml"))
        .forward(request, response);
  }
}
