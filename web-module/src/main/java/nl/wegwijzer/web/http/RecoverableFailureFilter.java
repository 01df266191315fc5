package nl.wegwijzer.web.http;

import jakarta.faces.application.ViewExpiredException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import nl.wegwijzer.web.api.Problem;
import nl.wegwijzer.web.api.ProblemMappers;
import nl.wegwijzer.web.platform.DatabaseFailure;
import nl.wegwijzer.web.shared.Language;
import org.primefaces.csp.CspException;

/**
 * Failures on pages and form posts that are not bugs, answered as such instead of with the generic
 * error page's 500:
 *
 * <ul>
 *   <li>text the database refuses (a NUL byte in a search or a form) is the client's error: 400
 *       with the error page of web.xml;
 *   <li>a form post Faces cannot take as a postback (a view state it no longer has, or never
 *       issued, or no CSP nonce): 400 with the "page expired" page, rendered as a fresh page, since
 *       rendering it for the same post would fail the same way;
 *   <li>the database briefly away (restarting, failing over): 503 with Retry-After and a short page
 *       in the visitor's language, written here without Faces because the page template itself may
 *       need the database. The API answers the same case with problem+json (ProblemMappers).
 * </ul>
 */
@WebFilter(filterName = "recoverableFailures")
public class RecoverableFailureFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(RecoverableFailureFilter.class.getName());
  private static final String BUNDLE = "nl.wegwijzer.web.i18n.faults";
  private static final String EXPIRED_VIEW = "/views/error/expired.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      if (DatabaseFailure.refusedText(e)) {
        response.reset();
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      } else if (rejectedPostback(e)) {
        response.reset();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        request.getRequestDispatcher(EXPIRED_VIEW).forward(new FreshGet(request), response);
      } else if (DatabaseFailure.unavailable(e)) {
        LOG.warning(() -> "database unavailable for " + request.getRequestURI() + ": " + e);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
          writeProblem(request, response);
        } else {
          writePage(request, response);
        }
      } else {
        throw e;
      }
    }
  }

  private static boolean rejectedPostback(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException || cause instanceof CspException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** The API's answer to the same case (the login check meets the database before JAX-RS). */
  private static void writeProblem(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.reset();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", String.valueOf(DatabaseFailure.RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(Problem.MEDIA_TYPE.toString());
    try (Jsonb jsonb = JsonbBuilder.create()) {
      response
          .getWriter()
          .write(jsonb.toJson(ProblemMappers.Unavailable.problem(request.getRequestURI())));
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  private static void writePage(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Language language =
        request.getAttribute(Language.REQUEST_ATTRIBUTE) instanceof Language chosen
            ? chosen
            : Language.DUTCH;
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale());
    response.reset();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", String.valueOf(DatabaseFailure.RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Security-Policy", SecurityHeadersFilter.STRICT_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentType("text/html;charset=UTF-8");
    PrintWriter out = response.getWriter();
    out.write(
        """
        <!DOCTYPE html>
        <html lang="%s">
        <head>
          <meta charset="UTF-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>%s | %s</title>
          <link rel="stylesheet" href="/jakarta.faces.resource/css/site.css.xhtml?ln=wegwijzer">
        </head>
        <body class="site">
          <main class="container main">
            <h1>%s</h1>
            <p>%s</p>
            <p><strong>%s</strong></p>
            <p><a href="/">%s</a></p>
          </main>
        </body>
        </html>
        """
            .formatted(
                language.code(),
                texts.getString("outage.page.title"),
                texts.getString("outage.page.site"),
                texts.getString("outage.page.title"),
                texts.getString("outage.page.text"),
                texts.getString("outage.page.urgent"),
                texts.getString("outage.page.home")));
  }
}
