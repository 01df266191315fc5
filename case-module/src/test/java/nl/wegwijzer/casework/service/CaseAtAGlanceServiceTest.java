package nl.wegwijzer.casework.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.wegwijzer.casework.model.CaseFlag;
import nl.wegwijzer.casework.model.CloseReason;
import nl.wegwijzer.casework.model.ReopenReason;
import nl.wegwijzer.casework.testing.CaseworkDatabaseTest;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case at a glance in the database: the summary from the signals, the responsible coordinator
 * and tasks only for colleagues of the region, flags, reopening on the timeline, and the access log
 * without its own reading unless asked.
 */
class CaseAtAGlanceServiceTest extends CaseworkDatabaseTest {

  private String caseNumber;

  @BeforeEach
  void aCaseOfAMinorWhoNeedsAnInterpreter() {
    Form form = new Form("Mira", "Werkt in een nagelstudio.");
    form.birthYear = null;
    form.age = 17;
    form.nationality = "bg";
    String signal = inCasework(c -> c.signals().register(ZEELAND, form.build())).reference();
    caseNumber = inCasework(c -> c.cases().open(ZEELAND, signal)).number();
  }

  @Test
  void theSummaryReadsThePersonFromTheSignalsAndTheFlagsFollowThem() {
    CaseGlance glance = inCasework(c -> c.cases().read(ZEELAND, caseNumber, "view")).glance();
    assertEquals("Mira", glance.pseudonym());
    assertEquals(17, glance.age());
    assertTrue(glance.minor());
    assertEquals("BG", glance.nationality().toUpperCase());
    assertEquals(List.of("labour"), glance.forms());
    assertEquals("coordinator-zeeland", glance.responsible());
    assertEquals(List.of("interpreter-needed", "minor"), glance.flags());
    assertEquals("review", glance.nextDeadlineKind());
    assertEquals(0, glance.openTasks());
    assertEquals(
        List.of("interpreter-needed", "minor"),
        inCasework(c -> c.cases().list(ZEELAND, CaseQuery.ALL, PageRequest.first(20), "list"))
            .items()
            .get(0)
            .flags(),
        "lists show the flags");
  }

  @Test
  void theCaseAndItsTasksGoOnlyToColleaguesOfTheRegion() {
    assertThrows(
        InvalidInputException.class,
        () -> inCasework(c -> c.cases().handOver(ZEELAND, caseNumber, UTRECHT.username())),
        "a coordinator of another region");
    CaseView handedOver =
        inCasework(c -> c.cases().handOver(ZEELAND, caseNumber, ZEELAND_COLLEAGUE.username()));
    assertEquals(ZEELAND_COLLEAGUE.username(), handedOver.glance().responsible());
    assertEquals("handed-over", last(handedOver).kind());
    assertEquals(ZEELAND_COLLEAGUE.username(), last(handedOver).detail());

    assertThrows(
        InvalidInputException.class,
        () ->
            inCasework(
                c -> c.cases().addTask(ZEELAND, caseNumber, "Bellen", TODAY, UTRECHT.username())));
    CaseView withTask =
        inCasework(
            c ->
                c.cases()
                    .addTask(ZEELAND, caseNumber, "Bellen", TODAY.plusDays(1), ZEELAND.username()));
    CaseView.TaskView task = withTask.tasks().get(0);
    assertEquals(ZEELAND.username(), task.assignee());
    assertEquals(
        List.of(ZEELAND.username()),
        inCasework(c -> c.cases().worklist(ZEELAND)).stream()
            .filter(w -> Long.valueOf(task.id()).equals(w.taskId()))
            .map(WorkItem::assignee)
            .toList(),
        "the worklist says whom the task is for");
    assertEquals(1, withTask.glance().openTasks());
    assertEquals("task", withTask.glance().nextDeadlineKind());
    CaseView anyone = inCasework(c -> c.cases().assignTask(ZEELAND, caseNumber, task.id(), ""));
    assertNull(anyone.tasks().get(0).assignee());

    inCasework(c -> c.cases().completeTask(ZEELAND, caseNumber, task.id(), TODAY));
    CaseView undone = inCasework(c -> c.cases().undoTask(ZEELAND, caseNumber, task.id()));
    assertNull(undone.tasks().get(0).doneOn());
    assertEquals("task-reopened", last(undone).kind());
    assertTrue(
        inCasework(c -> c.cases().worklist(ZEELAND)).stream()
            .anyMatch(w -> Long.valueOf(task.id()).equals(w.taskId())),
        "an undone task is due again");
  }

  @Test
  void aFlagIsWrittenOnceAndAReopenedCaseSaysWhy() {
    inCasework(c -> c.cases().flag(ZEELAND, caseNumber, CaseFlag.ACUTE_DANGER, true));
    CaseView again =
        inCasework(c -> c.cases().flag(ZEELAND, caseNumber, CaseFlag.ACUTE_DANGER, true));
    assertEquals(
        1,
        again.timeline().stream()
            .filter(e -> e.kind().equals("flagged") && "acute-danger".equals(e.detail()))
            .count());
    inCasework(
        c -> c.cases().close(ZEELAND, caseNumber, CloseReason.SUPPORT_COMPLETED, null, TODAY));
    CaseView reopened =
        inCasework(
            c -> c.cases().reopen(ZEELAND, caseNumber, ReopenReason.NEW_NEED_FOR_CARE, null, null));
    assertEquals("open", reopened.status());
    assertEquals("new-need-for-care", reopened.glance().reopenReason());
    assertEquals(TODAY, reopened.glance().reopenedOn());
    assertEquals("reopened", last(reopened).kind());
    assertEquals("new-need-for-care", last(reopened).detail());
  }

  @Test
  void readingTheAccessLogIsLoggedButLeftOutUnlessAsked() {
    inCasework(c -> c.cases().accessLog(ZEELAND, caseNumber, PageRequest.first(50), false));
    List<AccessLogLine> without =
        inCasework(c -> c.cases().accessLog(ZEELAND, caseNumber, PageRequest.first(50), false))
            .items();
    assertFalse(without.isEmpty());
    assertFalse(
        without.stream().anyMatch(l -> l.purpose().equals(CaseService.ACCESS_LOG_PURPOSE)),
        "its own reading is left out");
    assertEquals(
        2,
        inCasework(c -> c.cases().accessLog(ZEELAND, caseNumber, PageRequest.first(50), true))
            .items()
            .stream()
            .filter(l -> l.purpose().equals(CaseService.ACCESS_LOG_PURPOSE))
            .count(),
        "but it is logged: the two readings before this one");
  }

  private static CaseView.EventView last(CaseView view) {
    return view.timeline().get(view.timeline().size() - 1);
  }
}
