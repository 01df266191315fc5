package nl.wegwijzer.web.feedback;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.wegwijzer.content.service.FeedbackService;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.web.http.ClientAddress;

/**
 * "Was this page useful?": a plain form post that works without JavaScript. No personal data is
 * stored; the visitor's address is only held in memory, for a minute, to limit how often it can
 * post.
 */
@WebServlet(urlPatterns = "/feedback")
public class FeedbackServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int PER_PAGE_PER_MINUTE = 5;
  private static final int PER_MINUTE = 30;
  private static final long MINUTE = 60_000L;
  private static final int MAX_TRACKED = 100_000;

  @Inject transient FeedbackService feedback;
  @Inject transient ClientAddress clientAddress;

  private final transient Map<String, long[]> recent = new ConcurrentHashMap<>();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String page = localPath(request.getParameter("pagina"));
    String address = clientAddress.of(request);
    if (!allowed(address + '|' + page, PER_PAGE_PER_MINUTE) || !allowed(address, PER_MINUTE)) {
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

  /** At most {@code limit} posts a minute for this key (an address, or an address and a page). */
  private boolean allowed(String key, int limit) {
    long now = System.currentTimeMillis();
    if (recent.size() > MAX_TRACKED) {
      recent.entrySet().removeIf(e -> now - e.getValue()[1] > MINUTE);
    }
    long[] window = recent.computeIfAbsent(key, a -> new long[] {0, now});
    synchronized (window) {
      if (now - window[1] > MINUTE) {
        window[0] = 0;
        window[1] = now;
      }
      window[0]++;
      return window[0] <= limit;
    }
  }
}
