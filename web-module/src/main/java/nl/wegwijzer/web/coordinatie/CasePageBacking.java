package nl.wegwijzer.web.coordinatie;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.wegwijzer.casework.model.CloseReason;
import nl.wegwijzer.casework.model.PoliceReport;
import nl.wegwijzer.casework.model.ReferralStatus;
import nl.wegwijzer.casework.service.AccessLogLine;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.casework.service.CaseView;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.casework.service.ReferralOrder;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.CaseworkTexts;
import nl.wegwijzer.web.shared.Pages;

/**
 * /coordinatie/zaken/{number}: a case with its timeline, referrals, police report, meetings, tasks
 * and deadlines, closing (after a confirmation) and its access log. Each part has its own small
 * form; what was typed stays when the service refuses it or the case changed meanwhile.
 */
@Named("casePage")
@ViewScoped
public class CasePageBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int LOG_PAGE_SIZE = 20;
  private static final int ORGANISATIONS_SHOWN = 10;

  @Inject transient CaseService cases;
  @Inject transient CurrentActor current;
  @Inject transient OrganisationDirectory directory;

  private CaseView shown;
  private Map<String, String> problems = new LinkedHashMap<>();
  private String notice;
  private String problem;

  private String organisationQuery;
  private List<OrganisationSummary> organisationsFound = List.of();
  private String organisation;
  private String careNeed;
  private String sentOn;
  private String referralId;
  private String referralAnswer;
  private String referralAnswerOn;
  private String policeReport;
  private String policeReportOn;
  private String reflectionStart;
  private String reviewedOn;
  private String meetingOn;
  private String participants;
  private String notes;
  private String taskTitle;
  private String taskDue;
  private String closeReason;
  private String closeNote;
  private String closeOn;
  private boolean confirmingClose;
  private int logPageNumber = 1;
  private Page<AccessLogLine> logPage = new Page<>(List.of(), 1, LOG_PAGE_SIZE, 0);

  public void load() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, String> parameters = external.getRequestParameterMap();
    try {
      shown = cases.read(current.actor(), parameters.get("number"), "view");
    } catch (NotFoundException e) {
      Pages.notFound();
      return;
    }
    String today = LocalDate.now(SignalFormBacking.ZONE).toString();
    sentOn = today;
    referralAnswerOn = today;
    policeReportOn = today;
    reflectionStart = today;
    reviewedOn = today;
    meetingOn = today;
    closeOn = today;
    policeReport = shown.policeReport();
    if (parameters.containsKey("geopend")) {
      notice = CaseworkTexts.text("case.opened");
    } else if (parameters.containsKey("gekoppeld")) {
      notice = CaseworkTexts.text("case.linked");
    }
    loadLog();
  }

  private void loadLog() {
    logPage =
        cases.accessLog(
            current.actor(), shown.number(), new PageRequest(logPageNumber, LOG_PAGE_SIZE));
  }

  /** Runs a change; on success shows the notice and clears the form's fields. */
  private boolean change(Supplier<CaseView> work, String doneKey) {
    problems = new LinkedHashMap<>();
    notice = null;
    problem = null;
    try {
      shown = work.get();
      notice = CaseworkTexts.text(doneKey);
      loadLog();
      return true;
    } catch (InvalidInputException e) {
      problems.put(e.field(), SignalProblems.describe(e));
      problem = CaseworkTexts.text("case.problem.invalid");
    } catch (NotFoundException e) {
      problem = CaseworkTexts.text("case.problem.notFound");
    } catch (TransactionalException | PersistenceException e) {
      if (!stale(e)) {
        throw e;
      }
      problem = CaseworkTexts.text("case.problem.stale");
      refresh();
    }
    return false;
  }

  private static boolean stale(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  private void refresh() {
    try {
      shown = cases.read(current.actor(), shown.number(), "view-after-conflict");
    } catch (NotFoundException gone) {
      problem = CaseworkTexts.text("case.problem.notFound");
    }
  }

  private Map<String, String> parse() {
    problems = new LinkedHashMap<>();
    return problems;
  }

  public void searchOrganisations() {
    notice = null;
    problem = null;
    problems = new LinkedHashMap<>();
    if (organisationQuery == null || organisationQuery.isBlank()) {
      problems.put("organisationQuery", CaseworkTexts.text("problem.required"));
      return;
    }
    organisationsFound =
        directory
            .search(
                new DirectoryQuery(
                    organisationQuery.strip(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
                new PageRequest(1, ORGANISATIONS_SHOWN))
            .items();
    organisation = organisationsFound.isEmpty() ? null : organisationsFound.get(0).slug();
    if (organisationsFound.isEmpty()) {
      problems.put("organisationQuery", CaseworkTexts.text("case.refer.noneFound"));
    }
  }

  public void refer() {
    Map<String, String> found = parse();
    CareNeed need = SignalFields.code(CareNeed.class, "careNeed", careNeed, found);
    LocalDate on = SignalFields.date("sentOn", sentOn, found);
    if (organisation == null || organisation.isBlank()) {
      found.put("organisation", CaseworkTexts.text("case.refer.chooseFirst"));
    }
    if (!found.isEmpty()) {
      return;
    }
    ReferralOrder order = new ReferralOrder(organisation, need, on);
    if (change(
        () -> {
          cases.refer(current.actor(), shown.number(), order);
          return cases.read(current.actor(), shown.number(), "view");
        },
        "case.refer.done")) {
      organisationsFound = List.of();
      organisation = null;
      organisationQuery = null;
      careNeed = null;
    }
  }

  public void answerReferral() {
    Map<String, String> found = parse();
    ReferralStatus answer =
        SignalFields.code(ReferralStatus.class, "referralAnswer", referralAnswer, found);
    LocalDate on = SignalFields.date("referralAnswerOn", referralAnswerOn, found);
    Long id = null;
    try {
      id = Long.valueOf(referralId);
    } catch (NumberFormatException | NullPointerException e) {
      found.put("referralId", CaseworkTexts.text("problem.required"));
    }
    if (answer == null) {
      found.putIfAbsent("referralAnswer", CaseworkTexts.text("problem.required"));
    }
    if (!found.isEmpty()) {
      return;
    }
    long chosen = id;
    if (change(
        () -> cases.answerReferral(current.actor(), shown.number(), chosen, answer, on),
        "case.refer.answered")) {
      referralAnswer = null;
    }
  }

  public void savePoliceReport() {
    Map<String, String> found = parse();
    PoliceReport report =
        SignalFields.code(PoliceReport.class, "policeReport", policeReport, found);
    LocalDate on = SignalFields.date("policeReportOn", policeReportOn, found);
    if (report == null) {
      found.putIfAbsent("policeReport", CaseworkTexts.text("problem.required"));
    }
    if (found.isEmpty()) {
      change(
          () -> cases.recordPoliceReport(current.actor(), shown.number(), report, on),
          "case.police.saved");
    }
  }

  public void startReflection() {
    LocalDate start = SignalFields.date("reflectionStart", reflectionStart, parse());
    if (problems.isEmpty()) {
      change(
          () -> cases.startReflectionPeriod(current.actor(), shown.number(), start),
          "case.deadlines.reflectionSaved");
    }
  }

  public void reviewed() {
    LocalDate on = SignalFields.date("reviewedOn", reviewedOn, parse());
    if (problems.isEmpty()) {
      change(
          () -> cases.reviewed(current.actor(), shown.number(), on), "case.deadlines.reviewSaved");
    }
  }

  public void recordMeeting() {
    LocalDate on = SignalFields.date("meetingOn", meetingOn, parse());
    if (problems.isEmpty()
        && change(
            () -> cases.recordMeeting(current.actor(), shown.number(), on, participants, notes),
            "case.meeting.saved")) {
      participants = null;
      notes = null;
    }
  }

  public void addTask() {
    Map<String, String> found = parse();
    LocalDate due = SignalFields.date("taskDue", taskDue, found);
    if (due == null) {
      found.putIfAbsent("taskDue", CaseworkTexts.text("problem.required"));
    }
    if (found.isEmpty()
        && change(
            () -> cases.addTask(current.actor(), shown.number(), taskTitle, due),
            "case.task.added")) {
      taskTitle = null;
      taskDue = null;
    }
  }

  public void completeTask(long taskId) {
    change(
        () ->
            cases.completeTask(
                current.actor(), shown.number(), taskId, LocalDate.now(SignalFormBacking.ZONE)),
        "case.task.done");
  }

  /** The first click on "close" only checks the reason and asks to confirm. */
  public void askClose() {
    Map<String, String> found = parse();
    CloseReason reason = SignalFields.code(CloseReason.class, "reason", closeReason, found);
    SignalFields.date("closedOn", closeOn, found);
    if (reason == null) {
      found.putIfAbsent("reason", CaseworkTexts.text("problem.required"));
    }
    notice = null;
    problem = null;
    confirmingClose = found.isEmpty();
  }

  public void cancelClose() {
    confirmingClose = false;
  }

  public void close() {
    confirmingClose = false;
    Map<String, String> found = parse();
    CloseReason reason = SignalFields.code(CloseReason.class, "reason", closeReason, found);
    LocalDate on = SignalFields.date("closedOn", closeOn, found);
    if (found.isEmpty()) {
      long seen = shown.version();
      change(
          () -> cases.close(current.actor(), shown.number(), seen, reason, closeNote, on),
          "case.close.done");
    }
  }

  public void logPage(int number) {
    logPageNumber = Math.max(1, number);
    loadLog();
  }

  public boolean invalid(String field) {
    return problems.containsKey(field);
  }

  public String problemOf(String field) {
    return problems.get(field);
  }

  public boolean isOpen() {
    return shown != null && "open".equals(shown.status());
  }

  public CaseView getCase() {
    return shown;
  }

  public Page<AccessLogLine> getLogPage() {
    return logPage;
  }

  public String getNotice() {
    return notice;
  }

  public String getProblem() {
    return problem;
  }

  public List<OrganisationSummary> getOrganisationsFound() {
    return organisationsFound;
  }

  public boolean isConfirmingClose() {
    return confirmingClose;
  }

  public List<String> getCareNeeds() {
    return java.util.Arrays.stream(CareNeed.values()).map(CareNeed::code).toList();
  }

  public String getOrganisationQuery() {
    return organisationQuery;
  }

  public void setOrganisationQuery(String organisationQuery) {
    this.organisationQuery = organisationQuery;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getCareNeed() {
    return careNeed;
  }

  public void setCareNeed(String careNeed) {
    this.careNeed = careNeed;
  }

  public String getSentOn() {
    return sentOn;
  }

  public void setSentOn(String sentOn) {
    this.sentOn = sentOn;
  }

  public String getReferralId() {
    return referralId;
  }

  public void setReferralId(String referralId) {
    this.referralId = referralId;
  }

  public String getReferralAnswer() {
    return referralAnswer;
  }

  public void setReferralAnswer(String referralAnswer) {
    this.referralAnswer = referralAnswer;
  }

  public String getReferralAnswerOn() {
    return referralAnswerOn;
  }

  public void setReferralAnswerOn(String referralAnswerOn) {
    this.referralAnswerOn = referralAnswerOn;
  }

  public String getPoliceReport() {
    return policeReport;
  }

  public void setPoliceReport(String policeReport) {
    this.policeReport = policeReport;
  }

  public String getPoliceReportOn() {
    return policeReportOn;
  }

  public void setPoliceReportOn(String policeReportOn) {
    this.policeReportOn = policeReportOn;
  }

  public String getReflectionStart() {
    return reflectionStart;
  }

  public void setReflectionStart(String reflectionStart) {
    this.reflectionStart = reflectionStart;
  }

  public String getReviewedOn() {
    return reviewedOn;
  }

  public void setReviewedOn(String reviewedOn) {
    this.reviewedOn = reviewedOn;
  }

  public String getMeetingOn() {
    return meetingOn;
  }

  public void setMeetingOn(String meetingOn) {
    this.meetingOn = meetingOn;
  }

  public String getParticipants() {
    return participants;
  }

  public void setParticipants(String participants) {
    this.participants = participants;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getTaskTitle() {
    return taskTitle;
  }

  public void setTaskTitle(String taskTitle) {
    this.taskTitle = taskTitle;
  }

  public String getTaskDue() {
    return taskDue;
  }

  public void setTaskDue(String taskDue) {
    this.taskDue = taskDue;
  }

  public String getCloseReason() {
    return closeReason;
  }

  public void setCloseReason(String closeReason) {
    this.closeReason = closeReason;
  }

  public String getCloseNote() {
    return closeNote;
  }

  public void setCloseNote(String closeNote) {
    this.closeNote = closeNote;
  }

  public String getCloseOn() {
    return closeOn;
  }

  public void setCloseOn(String closeOn) {
    this.closeOn = closeOn;
  }
}
