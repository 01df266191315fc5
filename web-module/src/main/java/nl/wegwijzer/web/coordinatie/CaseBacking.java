package nl.wegwijzer.web.coordinatie;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.wegwijzer.casework.service.AccessLogLine;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.casework.service.CaseView;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.web.shared.CaseworkTexts;
import nl.wegwijzer.web.shared.Refused;

/**
 * /coordinatie/zaken/{number}: a case with its timeline, police report, meetings, tasks and
 * deadlines (referrals and transfer: {@link CaseReferralsBacking}), closing (after a confirmation)
 * and its access log. Each part has its own small form; what was typed stays when the service
 * refuses it or the case changed meanwhile.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CaseService cases;
  @Inject transient CurrentActor current;

  private CaseView shown;
  private Map<String, String> problems = new LinkedHashMap<>();
  private String notice;

  /* What is typed into each section's form, by field name, kept when the service refuses it. */
  private CloseForm closing;
  private ProgressForm progress;
  private final CaseAccessLog log = new CaseAccessLog();

  public void load() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, String> parameters = external.getRequestParameterMap();
    shown = cases.read(current.actor(), parameters.get("number"), "view");
    String today = LocalDate.now(SignalFormBacking.ZONE).toString();
    closing = new CloseForm(today);
    progress = new ProgressForm(today, shown.policeReport());
    if (parameters.containsKey("geopend")) {
      notice = CaseworkTexts.text("case.opened");
    } else if (parameters.containsKey("gekoppeld")) {
      notice = CaseworkTexts.text("case.linked");
    }
    log.read(cases, current.actor(), shown.number());
  }

  /**
   * Runs a change; on success shows the notice and clears the form's fields. A refusal goes on to
   * FailureHandler, which keeps the page and what was typed.
   */
  private void change(Supplier<CaseView> work, String doneKey) {
    problems = new LinkedHashMap<>();
    notice = null;
    shown = work.get();
    notice = CaseworkTexts.text(doneKey);
    log.read(cases, current.actor(), shown.number());
  }

  /** After a conflict the page shows the case as it is now, with what was typed. */
  void refused(@Observes(notifyObserver = Reception.IF_EXISTS) Refused refused) {
    if (shown != null && refused.refusal() instanceof ConflictException) {
      shown = cases.read(current.actor(), shown.number(), "view-after-conflict");
    }
  }

  private Map<String, String> parse() {
    problems = new LinkedHashMap<>();
    return problems;
  }

  public void savePoliceReport() {
    ProgressForm.Police typed = progress.police(parse());
    if (typed != null) {
      change(
          () ->
              cases.recordPoliceReport(current.actor(), shown.number(), typed.report(), typed.on()),
          "case.police.saved");
    }
  }

  public void startReflection() {
    ProgressForm.Reflection typed = progress.reflection(parse());
    if (typed != null) {
      change(
          () ->
              cases.startReflectionPeriod(
                  current.actor(),
                  shown.number(),
                  typed.start(),
                  typed.dublin(),
                  typed.exception()),
          "case.deadlines.reflectionSaved");
    }
  }

  public void reviewed() {
    LocalDate on = progress.deadline("reviewedOn", parse());
    if (problems.isEmpty()) {
      change(
          () -> cases.reviewed(current.actor(), shown.number(), on), "case.deadlines.reviewSaved");
    }
  }

  public void recordMeeting() {
    ProgressForm.Meeting typed = progress.meeting(parse());
    if (typed != null) {
      change(
          () ->
              cases.recordMeeting(
                  current.actor(), shown.number(), typed.on(), typed.participants(), typed.notes()),
          "case.meeting.saved");
      progress.meetingRecorded();
    }
  }

  public void addTask() {
    ProgressForm.Task typed = progress.task(parse());
    if (typed != null) {
      change(
          () -> cases.addTask(current.actor(), shown.number(), typed.title(), typed.due()),
          "case.task.added");
      progress.taskAdded();
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
    notice = null;
    closing.ask(parse());
  }

  public void cancelClose() {
    closing.cancel();
  }

  public void close() {
    closing.cancel();
    CloseForm.Closing typed = closing.read(parse());
    if (typed != null) {
      long seen = shown.version();
      change(
          () ->
              cases.close(
                  current.actor(), shown.number(), seen, typed.reason(), typed.note(), typed.on()),
          "case.close.done");
    }
  }

  public void logPage(int number) {
    log.turnTo(number, cases, current.actor(), shown.number());
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
    return log.page();
  }

  public String getNotice() {
    return notice;
  }

  public ProgressForm getProgress() {
    return progress;
  }

  public CloseForm getClosing() {
    return closing;
  }
}
