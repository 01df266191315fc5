package nl.wegwijzer.web.coordinatie;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.casework.model.CaseStatus;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.model.SignalStatus;
import nl.wegwijzer.casework.service.CaseQuery;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.casework.service.CaseSummary;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.casework.service.SignalQuery;
import nl.wegwijzer.casework.service.SignalService;
import nl.wegwijzer.casework.service.SignalSummary;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.CaseworkTexts;
import nl.wegwijzer.web.shared.FieldMessages;
import nl.wegwijzer.web.shared.Pager;

/**
 * /coordinatie/signalen and /coordinatie/zaken: the coordinator's signals and cases, filtered,
 * counted and paged in SQL by the services, newest first. The filters are a GET form, so every list
 * has a URL to share with a colleague of the same region and works without JavaScript.
 */
@Named
@RequestScoped
public class CaseworkLists {

  static final int PAGE_SIZE = 20;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  @Inject SignalService signals;
  @Inject CaseService cases;
  @Inject CurrentActor current;

  private String status;
  private String form;
  private String reporterType;
  private String from;
  private String until;
  private boolean due;
  private int pageNumber = 1;
  private final Map<String, String> problems = new LinkedHashMap<>();
  private Page<SignalSummary> signalPage = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private Page<CaseSummary> casePage = new Page<>(List.of(), 1, PAGE_SIZE, 0);

  public void loadSignals() {
    SignalQuery query =
        new SignalQuery(
            SignalFields.code(SignalStatus.class, "status", status, problems),
            SignalFields.code(ExploitationForm.class, "form", form, problems),
            SignalFields.code(ReporterType.class, "reporterType", reporterType, problems),
            SignalFields.date("from", from, problems),
            SignalFields.date("until", until, problems));
    if (!problems.isEmpty()) {
      return;
    }
    signalPage =
        signals.list(current.actor(), query, new PageRequest(page(), PAGE_SIZE), "signal-list");
  }

  public void loadCases() {
    CaseQuery query =
        new CaseQuery(
            SignalFields.code(CaseStatus.class, "status", status, problems),
            SignalFields.code(ExploitationForm.class, "form", form, problems),
            SignalFields.code(ReporterType.class, "reporterType", reporterType, problems),
            SignalFields.date("from", from, problems),
            SignalFields.date("until", until, problems),
            due);
    if (!problems.isEmpty()) {
      return;
    }
    casePage = cases.list(current.actor(), query, new PageRequest(page(), PAGE_SIZE), "case-list");
  }

  private int page() {
    return Math.max(1, Math.min(pageNumber, 10_000 / PAGE_SIZE));
  }

  public Pager getSignalPager() {
    return pager(signalPage, "/coordinatie/signalen");
  }

  public Pager getCasePager() {
    return pager(casePage, "/coordinatie/zaken");
  }

  /** The pager's links keep the filters. */
  private Pager pager(Page<?> page, String path) {
    return Pager.of(page, path)
        .keeping("status", status)
        .keeping("vorm", form)
        .keeping("melder", reporterType)
        .keeping("van", from)
        .keeping("tot", until)
        .keeping("taken", due ? "true" : null);
  }

  public boolean isFiltered() {
    return (status != null && !status.isBlank())
        || (form != null && !form.isBlank())
        || (reporterType != null && !reporterType.isBlank())
        || (from != null && !from.isBlank())
        || (until != null && !until.isBlank())
        || due;
  }

  public String day(LocalDate day) {
    return day == null ? "–" : day.format(DAY);
  }

  public String moment(OffsetDateTime at) {
    return at == null ? "–" : at.atZoneSameInstant(SignalFormBacking.ZONE).format(MOMENT);
  }

  /** How long a signal has waited in the inbox since it came in, in words ('3 dagen', '5 uur'). */
  public String waited(OffsetDateTime since) {
    Duration waited = Duration.between(since, OffsetDateTime.now());
    long days = waited.toDays();
    return days >= 1
        ? CaseworkTexts.text("inbox.waitedDays", days)
        : CaseworkTexts.text("inbox.waitedHours", Math.max(0, waited.toHours()));
  }

  /** A filter that could not be read, or that the service refused (FailureHandler). */
  public boolean invalid(String field) {
    return problems.containsKey(field) || FieldMessages.attached(field) != null;
  }

  public String problemOf(String field) {
    return problems.get(field);
  }

  public String getProblemText() {
    return problems.isEmpty()
        ? null
        : CaseworkTexts.text("list.invalidFilter", String.join(" ", problems.values()));
  }

  public Page<SignalSummary> getSignalPage() {
    return signalPage;
  }

  public Page<CaseSummary> getCasePage() {
    return casePage;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getForm() {
    return form;
  }

  public void setForm(String form) {
    this.form = form;
  }

  public String getReporterType() {
    return reporterType;
  }

  public void setReporterType(String reporterType) {
    this.reporterType = reporterType;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public boolean isDue() {
    return due;
  }

  public void setDue(boolean due) {
    this.due = due;
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public void setPageNumber(int pageNumber) {
    this.pageNumber = pageNumber;
  }
}
