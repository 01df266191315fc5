package nl.wegwijzer.casework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.support.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The rules of a case at a glance: who answers for it, its flags, tasks given to a colleague and a
 * "done" undone, and reopening a closed case with a reason.
 */
class CaseAtAGlanceTest {

  private static final LocalDate MARCH = LocalDate.of(2026, 3, 18);
  private static final Sealed NOTE = new Sealed("k1:c2VhbGVk");

  private static CaseFile aCase() {
    return new CaseFile(
        "ZK-2026-00001",
        new Region("zeeland", "Zeeland"),
        MARCH,
        OffsetDateTime.now(),
        "coordinator-zeeland");
  }

  @Test
  void theOneWhoOpensACaseAnswersForItUntilAHandover() {
    CaseFile c = aCase();
    assertEquals("coordinator-zeeland", c.responsible());
    assertThrows(InvalidInputException.class, () -> c.handOver("coordinator-zeeland"));
    assertThrows(InvalidInputException.class, () -> c.handOver(" "));
    c.handOver("coordinator-zeeland-2");
    assertEquals("coordinator-zeeland-2", c.responsible());
    assertThrows(
        InvalidInputException.class,
        () ->
            new CaseFile(
                "ZK-2026-00002", new Region("zeeland", "Zeeland"), MARCH, OffsetDateTime.now(), ""),
        "someone answers for every case");
  }

  @Test
  void flagsAreSetAndClearedOnceAndOnlyOnAnOpenCase() {
    CaseFile c = aCase();
    assertTrue(c.flags().isEmpty());
    assertTrue(c.flag(CaseFlag.ACUTE_DANGER));
    assertFalse(c.flag(CaseFlag.ACUTE_DANGER), "set already");
    assertTrue(c.flag(CaseFlag.MINOR));
    assertEquals(EnumSet.of(CaseFlag.MINOR, CaseFlag.ACUTE_DANGER), c.flags());
    assertTrue(c.unflag(CaseFlag.ACUTE_DANGER));
    assertFalse(c.unflag(CaseFlag.ACUTE_DANGER), "cleared already");
    assertEquals(EnumSet.of(CaseFlag.MINOR), c.flags());
    c.close(CloseReason.SUPPORT_COMPLETED, null, MARCH);
    assertThrows(InvalidInputException.class, () -> c.flag(CaseFlag.ACUTE_DANGER));
  }

  @Test
  void aTaskIsForAColleagueAndItsDoneCanBeUndone() {
    CaseFile c = aCase();
    CaseTask task = c.addTask(NOTE, MARCH.plusDays(3), "coordinator-zeeland-2");
    assertEquals("coordinator-zeeland-2", task.assignee());
    assertNull(c.addTask(NOTE, MARCH, " ").assignee(), "blank is anyone of the region");
    assertThrows(InvalidInputException.class, task::undo, "not done: nothing to undo");
    task.complete(MARCH);
    assertTrue(task.done());
    task.undo();
    assertFalse(task.done());
    assertNull(task.doneOn());
    task.complete(MARCH.plusDays(1));
    assertEquals(MARCH.plusDays(1), task.doneOn(), "done again after the undo");
  }

  @Test
  void aClosedCaseIsReopenedWithAReasonAndOnlyBeforeItIsAnonymised() {
    CaseFile c = aCase();
    assertThrows(
        InvalidInputException.class,
        () -> c.reopen(ReopenReason.NEW_SIGNAL, null, MARCH),
        "an open case is not reopened");
    c.close(CloseReason.NO_CONTACT, NOTE, MARCH);
    assertThrows(InvalidInputException.class, () -> c.reopen(null, null, MARCH));
    assertThrows(
        InvalidInputException.class,
        () -> c.reopen(ReopenReason.OTHER, null, MARCH),
        "'other' is explained");
    assertThrows(
        InvalidInputException.class,
        () -> c.reopen(ReopenReason.NEW_SIGNAL, null, MARCH.minusDays(1)),
        "not before it was closed");
    c.reopen(ReopenReason.NEW_SIGNAL, NOTE, MARCH.plusDays(5));
    assertEquals(CaseStatus.OPEN, c.status());
    assertNull(c.closedOn());
    assertNull(c.closeReason());
    assertNull(c.closeNote());
    assertEquals(ReopenReason.NEW_SIGNAL, c.reopenReason());
    assertEquals(MARCH.plusDays(5), c.reopenedOn());
    c.addTask(NOTE, MARCH.plusDays(6), null);

    c.close(CloseReason.SUPPORT_COMPLETED, null, MARCH.plusDays(10));
    c.anonymise(OffsetDateTime.now());
    assertNull(c.reopenNote(), "the note is free text: anonymised with the rest");
    assertThrows(
        InvalidInputException.class,
        () -> c.reopen(ReopenReason.NEW_SIGNAL, null, MARCH.plusDays(20)));
  }
}
