package nl.wegwijzer.web.coordinatie;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.wegwijzer.casework.report.ReportService;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.web.security.Role;

/**
 * /coordinatie/rapportages/landelijk.csv?van=&amp;tot=: the national anonymised export (persons and
 * signals per region and value, Dutch labels beside the codes, small counts and the counts that
 * would give them away as "x"). Coordinators only: they are the ones who report on the figures;
 * editors and administrators never see case data, not even counted (web.xml guards /coordinatie,
 * and the servlet checks the role again).
 */
@WebServlet(urlPatterns = "/coordinatie/rapportages/landelijk.csv")
public class NationalCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ReportService reports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!request.isUserInRole(Role.COORDINATOR)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    LocalDate today = LocalDate.now(SignalFormBacking.ZONE);
    String csv;
    LocalDate from;
    LocalDate until;
    try {
      from = day(request.getParameter("van"), today.withDayOfYear(1));
      until = day(request.getParameter("tot"), today);
      csv = reports.nationalCsv(from, until, ReportTexts.INSTANCE);
    } catch (DateTimeParseException | InvalidInputException e) {
      // the reports page names the wrong date next to its field
      response.sendRedirect(
          request.getContextPath()
              + "/coordinatie/rapportages?van="
              + java.net.URLEncoder.encode(value(request, "van"), StandardCharsets.UTF_8)
              + "&tot="
              + java.net.URLEncoder.encode(value(request, "tot"), StandardCharsets.UTF_8));
      return;
    }
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"wegwijzer-landelijk-" + from + "-" + until + ".csv\"");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(csv);
  }

  private static String value(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    return value == null ? "" : value.strip();
  }

  private static LocalDate day(String value, LocalDate fallback) {
    return value == null || value.isBlank() ? fallback : LocalDate.parse(value.strip());
  }
}
