package nl.wegwijzer.web.melden;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.service.PublicSignal;
import nl.wegwijzer.casework.service.SignalService;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.web.http.ClientAddress;
import nl.wegwijzer.web.http.PostAllowance;

/**
 * The public signal form's post (/signaal-melden/verzenden): a plain HTML form that works without
 * JavaScript. It refuses oversized bodies before reading them, limits each visitor's address to a
 * few posts an hour (counted in the database for all nodes, see {@link PostAllowance}), silently
 * drops posts that filled the hidden honeypot field or came back faster than a person can type, and
 * on success stores the signal for the region's coordinator and redirects (Post/Redirect/Get) to a
 * confirmation with only the reference. Problems re-render the form with what was typed, never on
 * another page.
 */
@WebServlet(urlPatterns = "/signaal-melden/verzenden")
public class PublicSignalServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final int MAX_BODY = 16 * 1024;
  static final int MAX_ACCOUNT = 4000;
  static final int MAX_CONTACT = 300;
  static final int MAX_MUNICIPALITY = 100;

  /** Session attribute with the receipt for the confirmation page. */
  public static final String RECEIPT = "wegwijzer.publicSignal.receipt";

  static final String VIEW = "/views/melden/report-signal.xhtml";

  @Inject transient SignalService signals;
  @Inject transient FormTimestamp timestamps;
  @Inject transient ClientAddress clientAddress;
  @Inject transient PostAllowance allowance;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/signaal-melden");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    long length = request.getContentLengthLong();
    if (length < 0 || length > MAX_BODY) {
      response.setHeader("Connection", "close");
      answer(
          new Unread(request),
          response,
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "too-large",
          null);
      return;
    }
    Map<String, String> typed = new LinkedHashMap<>();
    for (String name : new String[] {"gemeente", "wat", "melder", "contact"}) {
      String value = request.getParameter(name);
      // A browser sends a textarea's line breaks as CRLF but counts them as one character, as the
      // counter beside the field does: the limit is checked on the text as the visitor saw it.
      typed.put(name, value == null ? "" : value.replace("\r\n", "\n"));
    }
    PostAllowance.Verdict allowed =
        allowance.take(PostAllowance.Limit.SIGNAL.of(clientAddress.of(request)));
    if (!allowed.allowed()) {
      response.setHeader("Retry-After", String.valueOf(allowed.retryAfterSeconds()));
      answer(request, response, 429, "too-often", typed);
      return;
    }
    String honeypot = request.getParameter("website");
    if (honeypot != null && !honeypot.isEmpty()) {
      request.getSession(true).setAttribute(RECEIPT, Receipt.NEUTRAL);
      seeOther(request, response);
      return;
    }
    FormTimestamp.Verdict verdict = timestamps.check(request.getParameter("t"));
    if (verdict == FormTimestamp.Verdict.TOO_FAST) {
      // A person who was quick gets the same form back with its first stamp, so that sending it
      // again a moment later passes (a new stamp would make them wait all over again).
      request.setAttribute(PublicSignalBacking.STAMP, request.getParameter("t"));
    }
    if (verdict != FormTimestamp.Verdict.OK) {
      answer(
          request,
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          verdict == FormTimestamp.Verdict.TOO_FAST ? "too-fast" : "expired",
          typed);
      return;
    }
    Map<String, String> problems = check(typed);
    ReporterType reporter = null;
    if (!typed.get("melder").isBlank()) {
      try {
        reporter = Coded.parse(ReporterType.class, "melder", typed.get("melder"));
      } catch (InvalidInputException e) {
        problems.put("melder", "invalid");
      }
    }
    if (!problems.isEmpty()) {
      request.setAttribute(PublicSignalBacking.PROBLEMS, problems);
      answer(request, response, HttpServletResponse.SC_BAD_REQUEST, "invalid", typed);
      return;
    }
    String reference;
    try {
      reference =
          signals.receive(
              new PublicSignal(
                  typed.get("gemeente").strip(),
                  reporter,
                  typed.get("wat").strip(),
                  typed.get("contact").strip()));
    } catch (InvalidInputException e) {
      problems.put("municipality".equals(e.field()) ? "gemeente" : "wat", "unknown");
      request.setAttribute(PublicSignalBacking.PROBLEMS, problems);
      answer(request, response, HttpServletResponse.SC_BAD_REQUEST, "invalid", typed);
      return;
    }
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request
        .getSession(true)
        .setAttribute(RECEIPT, new Receipt(reference, typed.get("gemeente").strip()));
    seeOther(request, response);
  }

  /** Post/Redirect/Get: a reload of the confirmation never sends the form again. */
  private static void seeOther(HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/signaal-melden/ontvangen");
  }

  private static Map<String, String> check(Map<String, String> typed) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (typed.get("gemeente").isBlank()) {
      problems.put("gemeente", "required");
    } else if (typed.get("gemeente").length() > MAX_MUNICIPALITY) {
      problems.put("gemeente", "too-long");
    }
    if (typed.get("wat").isBlank()) {
      problems.put("wat", "required");
    } else if (typed.get("wat").length() > MAX_ACCOUNT) {
      problems.put("wat", "too-long");
    }
    if (typed.get("contact").length() > MAX_CONTACT) {
      problems.put("contact", "too-long");
    }
    return problems;
  }

  /** Shows the form again, with a status, a message and (when given) what was typed. */
  private static void answer(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String message,
      Map<String, String> typed)
      throws ServletException, IOException {
    response.setStatus(status);
    request.setAttribute(PublicSignalBacking.MESSAGE, message);
    if (typed != null) {
      request.setAttribute(PublicSignalBacking.TYPED, typed);
    }
    request.getRequestDispatcher(VIEW).forward(request, response);
  }

  /** The request without its body: an oversized one is never read, not even by Faces. */
  private static final class Unread extends jakarta.servlet.http.HttpServletRequestWrapper {
    Unread(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public java.util.Enumeration<String> getParameterNames() {
      return java.util.Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }

  /** What the confirmation shows: the reference and the place, nothing of the account. */
  public record Receipt(String reference, String municipality) implements java.io.Serializable {
    static final Receipt NEUTRAL = new Receipt(null, null);
  }
}
