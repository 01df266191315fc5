package nl.wegwijzer.web.feedback;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import nl.wegwijzer.content.service.FeedbackService;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.web.http.ClientAddress;
import nl.wegwijzer.web.http.PostAllowance;

/**
 * "Was this page useful?": a plain form post that works without JavaScript. No personal data is
 * stored; how often an address may post is counted by {@link PostAllowance}, which keeps only a
 * keyed hash of it, for a minute.
 */
@WebServlet(urlPatterns = "/feedback")
public class FeedbackServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient FeedbackService feedback;
  @Inject transient ClientAddress clientAddress;
  @Inject transient PostAllowance allowance;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String page = localPath(request.getParameter("pagina"));
    String address = clientAddress.of(request);
    PostAllowance.Verdict allowed =
        allowance.take(
            PostAllowance.Limit.FEEDBACK_PER_PAGE.of(address + '\n' + page),
            PostAllowance.Limit.FEEDBACK.of(address));
    if (!allowed.allowed()) {
      response.sendRedirect(request.getContextPath() + page + "?feedback=te-vaak#feedback");
      return;
    }
    String answer = request.getParameter("nuttig");
    Boolean useful =
        "ja".equals(answer) ? Boolean.TRUE : "nee".equals(answer) ? Boolean.FALSE : null;
    String outcome;
    try {
      feedback.record(page, useful, request.getParameter("opmerking"));
      outcome = "bedankt";
    } catch (InvalidInputException e) {
      outcome = "onvolledig";
    }
    response.sendRedirect(request.getContextPath() + page + "?feedback=" + outcome + "#feedback");
  }

  /** Only paths of this site, without query: a shared route's answers are never stored. */
  static String localPath(String page) {
    if (page == null || page.isBlank() || !page.startsWith("/") || page.startsWith("//")) {
      return "/";
    }
    try {
      String path = URI.create(page).getPath();
      return path == null || path.isEmpty() || path.length() > 200 ? "/" : path;
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }
}
