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
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.casework.service.CaseView;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.web.shared.CaseworkTexts;
import nl.wegwijzer.web.shared.Refused;

/**
 * /coordinatie/zaken/{number}[/{section}]: a case's summary above one of its sections ({@link
 * CaseSection}): the overview with the police report and closing (after a confirmation), signals,
 * referrals, tasks and deadlines, contacts and meetings, the timeline and the access log. Each part
 * has its own small form, posting back to its section's address, where the notice of what was done
 * takes the focus; what was typed stays when the service refuses it or the case changed meanwhile.
 * Handing over, flags, reopening and the task list's buttons are {@link CaseTeamBacking}'s;
 * referrals and transfer {@link CaseReferralsBacking}'s.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CaseService cases;
  @Inject transient CurrentActor current;

  private CaseView shown;
  private CaseSection section = CaseSection.OVERVIEW;
  private Map<String, String> problems = new LinkedHashMap<>();
  private String notice;

  /* What is typed into each section's form, by field name, kept when the service refuses it. */
  private CloseForm closing;
  private ProgressForm progress;

  public void load() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, String> parameters = external.getRequestParameterMap();
    section = CaseSection.ofPath(parameters.get("section")).orElse(CaseSection.OVERVIEW);
    shown = cases.read(current.actor(), parameters.get("number"), "view");
    String today = LocalDate.now(SignalFormBacking.ZONE).toString();
    closing = new CloseForm(today);
    progress = new ProgressForm(today, shown.policeReport());
    if (parameters.containsKey("geopend")) {
      notice = CaseworkTexts.text("case.opened");
    } else if (parameters.containsKey("gekoppeld")) {
      notice = CaseworkTexts.text("case.linked");
    }
  }

  /**
   * Runs a change; on success shows the notice and clears the form's fields. A refusal goes on to
   * FailureHandler, which keeps the page and what was typed.
   */
  void change(Supplier<CaseView> work, String doneKey) {
    problems = new LinkedHashMap<>();
    notice = null;
    shown = work.get();
    notice = CaseworkTexts.text(doneKey);
  }

  /**
   * As {@link #change}, for a change through another service of the case ({@link
   * CaseReferralsBacking}'s referrals and transfer): the case is read again after it.
   */
  void changeThenRead(Runnable work, String doneKey) {
    change(
        () -> {
          work.run();
          return cases.read(current.actor(), shown.number(), "view");
        },
        doneKey);
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
          () ->
              cases.addTask(
                  current.actor(), shown.number(), typed.title(), typed.due(), typed.assignee()),
          "case.task.added");
      progress.taskAdded();
    }
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

  public CaseSection getSection() {
    return section;
  }

  public List<CaseSection> getSections() {
    return List.of(CaseSection.values());
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
