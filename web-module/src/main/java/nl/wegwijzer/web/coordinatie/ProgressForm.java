package nl.wegwijzer.web.coordinatie;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.casework.model.PoliceReport;
import nl.wegwijzer.web.shared.CaseworkTexts;

/**
 * The case page's small forms of its progress: the police report, the deadlines, a meeting and a
 * task, each typed text by field name ({@code #{caseBacking.progress.task.title}}) until the
 * service accepts it. Reading one notes every missing or unreadable value by field and answers null
 * then.
 */
public class ProgressForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> police = new LinkedHashMap<>();
  private final Map<String, String> deadlines = new LinkedHashMap<>();
  private final Map<String, String> meeting = new LinkedHashMap<>();
  private final Map<String, String> task = new LinkedHashMap<>();

  record Police(PoliceReport report, LocalDate on) {}

  record Meeting(LocalDate on, String participants, String notes) {}

  /** A new task; {@code assignee} a colleague's user name, blank for anyone of the region. */
  record Task(String title, LocalDate due, String assignee) {}

  /** A reflection period's start, whether the person is a Dublin claimant, and the exception. */
  record Reflection(LocalDate start, boolean dublin, String exception) {}

  ProgressForm(String today, String policeReport) {
    police.put("policeReportOn", today);
    police.put("policeReport", policeReport);
    deadlines.put("reflectionStart", today);
    deadlines.put("dublinClaimant", "no");
    deadlines.put("reviewedOn", today);
    meeting.put("meetingOn", today);
  }

  Police police(Map<String, String> problems) {
    PoliceReport report =
        SignalFields.code(PoliceReport.class, "policeReport", police.get("policeReport"), problems);
    LocalDate on = SignalFields.date("policeReportOn", police.get("policeReportOn"), problems);
    if (report == null) {
      problems.putIfAbsent("policeReport", CaseworkTexts.text("problem.required"));
    }
    return problems.isEmpty() ? new Police(report, on) : null;
  }

  /** A deadline's day ({@code reflectionStart} or {@code reviewedOn}), or null. */
  LocalDate deadline(String field, Map<String, String> problems) {
    LocalDate day = SignalFields.date(field, deadlines.get(field), problems);
    return problems.isEmpty() ? day : null;
  }

  Reflection reflection(Map<String, String> problems) {
    LocalDate start = deadline("reflectionStart", problems);
    return problems.isEmpty()
        ? new Reflection(
            start, "yes".equals(deadlines.get("dublinClaimant")), deadlines.get("exceptionReason"))
        : null;
  }

  Meeting meeting(Map<String, String> problems) {
    LocalDate on = SignalFields.date("meetingOn", meeting.get("meetingOn"), problems);
    return problems.isEmpty()
        ? new Meeting(on, meeting.get("participants"), meeting.get("notes"))
        : null;
  }

  void meetingRecorded() {
    meeting.keySet().removeAll(List.of("participants", "notes"));
  }

  Task task(Map<String, String> problems) {
    LocalDate due = SignalFields.date("taskDue", task.get("due"), problems);
    if (due == null) {
      problems.putIfAbsent("taskDue", CaseworkTexts.text("problem.required"));
    }
    return problems.isEmpty() ? new Task(task.get("title"), due, task.get("assignee")) : null;
  }

  void taskAdded() {
    task.clear();
  }

  public Map<String, String> getPolice() {
    return police;
  }

  public Map<String, String> getDeadlines() {
    return deadlines;
  }

  public Map<String, String> getMeeting() {
    return meeting;
  }

  public Map<String, String> getTask() {
    return task;
  }
}
