package nl.wegwijzer.web.coordinatie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.casework.model.CaseFlag;
import nl.wegwijzer.casework.model.ReopenReason;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.casework.service.Colleagues.Colleague;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.directory.support.Coded;

/**
 * Who works on a case, on the case page: handing it over to a colleague of the region, its flags,
 * reopening it when closed, and the task list's buttons (done, undo, give to a colleague). Each
 * change goes through {@link CaseBacking}, which shows the case as it is then with a notice in the
 * section acted on.
 */
@Named
@ViewScoped
public class CaseTeamBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CaseService cases;
  @Inject transient CurrentActor current;
  @Inject CaseBacking caseBacking;

  private List<Colleague> colleagues;
  private Map<String, String> problems = new LinkedHashMap<>();
  private String handOverTo;
  private final Map<Long, String> assignees = new HashMap<>();
  private final Map<String, String> reopening = new LinkedHashMap<>();

  /** The coordinators of the case's region, read once per page. */
  public List<Colleague> getColleagues() {
    if (colleagues == null) {
      colleagues = cases.colleagues(current.actor(), number());
    }
    return colleagues;
  }

  public void handOver() {
    problems = new LinkedHashMap<>();
    caseBacking.change(
        () -> cases.handOver(current.actor(), number(), handOverTo), "case.team.handedOver");
    handOverTo = null;
  }

  /** Sets a flag that is not set, clears one that is. */
  public void toggleFlag(String code) {
    CaseFlag flag = Coded.parse(CaseFlag.class, "flag", code);
    boolean set = !caseBacking.getCase().glance().flags().contains(code);
    caseBacking.change(
        () -> cases.flag(current.actor(), number(), flag, set),
        set ? "case.flag.set" : "case.flag.cleared");
  }

  public void completeTask(long taskId) {
    caseBacking.change(
        () ->
            cases.completeTask(
                current.actor(), number(), taskId, LocalDate.now(SignalFormBacking.ZONE)),
        "case.task.done");
  }

  public void undoTask(long taskId) {
    caseBacking.change(() -> cases.undoTask(current.actor(), number(), taskId), "case.task.undone");
  }

  public void assignTask(long taskId) {
    String to = assignees.get(taskId);
    caseBacking.change(
        () -> cases.assignTask(current.actor(), number(), taskId, to), "case.task.assigned");
  }

  public void reopen() {
    problems = new LinkedHashMap<>();
    ReopenReason reason =
        SignalFields.code(ReopenReason.class, "reopenReason", reopening.get("reason"), problems);
    LocalDate on = SignalFields.date("reopenedOn", reopening.get("on"), problems);
    if (reason == null) {
      problems.putIfAbsent(
          "reopenReason", nl.wegwijzer.web.shared.CaseworkTexts.text("problem.required"));
    }
    if (problems.isEmpty()) {
      caseBacking.change(
          () -> cases.reopen(current.actor(), number(), reason, reopening.get("note"), on),
          "case.reopen.done");
      reopening.clear();
    }
  }

  public boolean invalid(String field) {
    return problems.containsKey(field);
  }

  public String problemOf(String field) {
    return problems.get(field);
  }

  private String number() {
    return caseBacking.getCase().number();
  }

  public String getHandOverTo() {
    return handOverTo;
  }

  public void setHandOverTo(String handOverTo) {
    this.handOverTo = handOverTo;
  }

  /** The colleague chosen for each task, by the task's id. */
  public Map<Long, String> getAssignees() {
    return assignees;
  }

  /** The reopening typed: reason, note and day, by field name. */
  public Map<String, String> getReopening() {
    return reopening;
  }

  public List<String> getFlagCodes() {
    return java.util.Arrays.stream(CaseFlag.values()).map(Coded::code).toList();
  }

  public List<String> getReopenReasons() {
    return java.util.Arrays.stream(ReopenReason.values()).map(Coded::code).toList();
  }
}
