package nl.wegwijzer.casework.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.wegwijzer.casework.model.CloseReason;
import nl.wegwijzer.casework.report.Count;
import nl.wegwijzer.casework.report.Dimension;
import nl.wegwijzer.casework.testing.CaseworkDatabaseTest;
import org.junit.jupiter.api.Test;

class RetentionTest extends CaseworkDatabaseTest {

  @Test
  void closedCasesAreAnonymisedWhenTheirRetentionPeriodHasPassed() {
    String signal =
        inCasework(c -> c.signals().register(ZEELAND, complete("Anna K.", "Kassen."))).reference();
    String expired = inCasework(c -> c.cases().open(ZEELAND, signal)).number();
    inCasework(c -> c.cases().recordMeeting(ZEELAND, expired, TODAY, "Politie", "Notities"));
    inCasework(
        c -> c.cases().close(ZEELAND, expired, CloseReason.OTHER, "Verhuisd naar familie", TODAY));
    String other =
        inCasework(c -> c.signals().register(ZEELAND, complete("Mo B.", "Bouw."))).reference();
    String stillOpen = inCasework(c -> c.cases().open(ZEELAND, other)).number();

    CLOCK.set(TODAY.plusYears(2));
    RetentionService.RetentionRunView early =
        inCasework(c -> c.retention("P2Y").anonymiseExpired());
    assertEquals(0, early.casesAnonymised(), "closed exactly two years ago: not yet");

    CLOCK.set(TODAY.plusYears(2).plusDays(1));
    RetentionService.RetentionRunView run = inCasework(c -> c.retention("P2Y").anonymiseExpired());
    assertEquals(1, run.casesAnonymised());
    assertEquals(1, run.signalsAnonymised());
    assertEquals(TODAY.plusDays(1), run.closedBefore());

    SignalView anonymised = inCasework(c -> c.signals().read(ZEELAND, signal, "check"));
    assertTrue(anonymised.anonymised());
    assertNull(anonymised.details().pseudonym());
    assertNull(anonymised.details().account());
    assertNull(anonymised.details().reporterContact());
    assertEquals(List.of("labour"), anonymised.details().forms(), "what reports count stays");
    assertNull(anonymised.details().birthYear(), "the sealed details go too");
    assertNull(anonymised.details().nationality());
    assertNull(anonymised.details().municipality());
    assertEquals(false, anonymised.minor(), "the coarse values that reports count stay");
    assertEquals(
        new Count(2, 2),
        inCasework(c -> c.reports().region(ZEELAND, "zeeland", TODAY.minusMonths(1), TODAY))
            .count(Dimension.NATIONALITY_GROUP, "eu"));
    CaseView caseView = inCasework(c -> c.cases().read(ZEELAND, expired, "check"));
    assertNull(caseView.closeNote());
    assertNull(caseView.meetings().get(0).notes());
    assertEquals("other", caseView.closeReason());
    assertEquals("anonymised", caseView.timeline().get(caseView.timeline().size() - 1).kind());
    assertEquals("open", inCasework(c -> c.cases().read(ZEELAND, stillOpen, "check")).status());

    RetentionService.RetentionRunView again =
        inCasework(c -> c.retention("P2Y").anonymiseExpired());
    assertEquals(0, again.casesAnonymised());
    assertEquals(
        List.of(0, 1, 0), // newest first
        inCasework(c -> c.retention("P2Y").latestRuns(5)).stream()
            .map(RetentionService.RetentionRunView::casesAnonymised)
            .toList());
  }

  @Test
  void theRetentionPeriodMustBeAPositiveIsoPeriod() {
    assertThrows(IllegalStateException.class, () -> inCasework(c -> c.retention("twee jaar")));
    assertThrows(IllegalStateException.class, () -> inCasework(c -> c.retention("P0D")));
    assertEquals(java.time.Period.ofMonths(18), inCasework(c -> c.retention("P18M").retention()));
  }
}
