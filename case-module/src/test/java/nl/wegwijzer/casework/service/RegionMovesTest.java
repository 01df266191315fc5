package nl.wegwijzer.casework.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wegwijzer.casework.model.CloseReason;
import nl.wegwijzer.casework.model.SubjectType;
import nl.wegwijzer.casework.repository.CaseEventRepository;
import nl.wegwijzer.casework.repository.CaseRepository;
import nl.wegwijzer.casework.repository.CaseTransferRepository;
import nl.wegwijzer.casework.repository.SignalRepository;
import nl.wegwijzer.casework.testing.CaseworkDatabaseTest;
import nl.wegwijzer.directory.repository.MunicipalityRepository;
import nl.wegwijzer.directory.service.RegionCalendar;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A region change published for a later day (Middelburg from Zeeland to West-Brabant): until that
 * day nothing moves; on it the region calendar makes it the region of today and the open signals
 * and cases of Middelburg follow, each move in the access log and a case's on its timeline, while a
 * closed case stays where its history is.
 */
class RegionMovesTest extends CaseworkDatabaseTest {

  private static final Actor WEST_BRABANT =
      new Actor("coordinator-west-brabant", Set.of("west-brabant"));

  @AfterEach
  void middelburgBackInZeeland() {
    DirectoryDatabaseTest.restoreShippedRegions();
  }

  private static RegionMoves.Moved follow() {
    return inCasework(
        c ->
            new RegionMoves(
                    new SignalRepository(c.em()),
                    new CaseRepository(c.em()),
                    new CaseEventRepository(c.em()),
                    new CaseTransferRepository(c.em()),
                    new AccessLog(c.accessLogLines(), CLOCK),
                    c.directory().places(),
                    CIPHER,
                    CLOCK)
                .followMunicipalities());
  }

  private static String register(String pseudonym, String municipality) {
    Form form = new Form(pseudonym, "Gezien op het werk.");
    form.municipality = municipality;
    return inCasework(c -> c.signals().register(ZEELAND, form.build())).reference();
  }

  @Test
  void onTheDayOfTheChangeOpenSignalsAndCasesMoveAndAClosedCaseStays() {
    String alone = register("Alleen", "Middelburg");
    String inOpenCase = register("Open", "Middelburg");
    String openCase = inCasework(c -> c.cases().open(ZEELAND, inOpenCase)).number();
    String inClosedCase = register("Dicht", "Middelburg");
    String closedCase = inCasework(c -> c.cases().open(ZEELAND, inClosedCase)).number();
    inCasework(
        c -> c.cases().close(ZEELAND, closedCase, CloseReason.SUPPORT_COMPLETED, null, null));
    String elsewhere = register("Goes", "Goes");
    String mixedCase = inCasework(c -> c.cases().open(ZEELAND, elsewhere)).number();
    inCasework(c -> c.cases().link(ZEELAND, mixedCase, register("Erbij", "Middelburg")));

    LocalDate day = LocalDate.now().plusDays(10);
    inCasework(
        c ->
            c.directory()
                .municipalities()
                .getByCbsCode("GM0687")
                .moveTo(
                    c.directory().regions().getByCode("west-brabant"),
                    day,
                    LocalDate.now(),
                    "test: a planned move"));
    assertEquals(new RegionMoves.Moved(0, 0), follow(), "published, not yet in force");
    assertEquals("zeeland", inCasework(c -> c.signals().read(ZEELAND, alone, "test")).region());

    assertEquals(
        1,
        (int)
            inCasework(
                c ->
                    new RegionCalendar(new MunicipalityRepository(c.em()))
                        .followAssignmentsOn(day)));
    assertEquals(new RegionMoves.Moved(3, 1), follow());

    for (String moved : List.of(alone, inOpenCase)) {
      assertEquals(
          "west-brabant", inCasework(c -> c.signals().read(WEST_BRABANT, moved, "test")).region());
      assertThrows(
          NotFoundException.class, () -> inCasework(c -> c.signals().read(ZEELAND, moved, "test")));
    }
    CaseView open = inCasework(c -> c.cases().read(WEST_BRABANT, openCase, "test"));
    assertEquals("west-brabant", open.region());
    CaseView.EventView event = open.timeline().get(open.timeline().size() - 1);
    assertEquals("region-moved", event.kind());
    assertEquals("zeeland -> west-brabant", event.detail());
    assertEquals(RegionMoves.CALENDAR.username(), event.actor());
    assertTrue(
        inCasework(c -> c.accessLogLines().about(SubjectType.SIGNAL, alone)).stream()
            .anyMatch(
                l ->
                    l.actor().equals("region-calendar")
                        && l.purpose().equals("municipality moved: zeeland -> west-brabant")),
        "the signal's move is in the access log");
    assertTrue(
        inCasework(c -> c.accessLogLines().about(SubjectType.CASE, openCase)).stream()
            .anyMatch(l -> l.actor().equals("region-calendar")),
        "the case's move is in the access log");

    // A closed case and its signal keep their history where it was.
    assertEquals("zeeland", inCasework(c -> c.cases().read(ZEELAND, closedCase, "test")).region());
    assertEquals(
        "zeeland", inCasework(c -> c.signals().read(ZEELAND, inClosedCase, "test")).region());
    // One signal in Goes, one in Middelburg: on a tie the case stays; its Middelburg signal moves.
    assertEquals("zeeland", inCasework(c -> c.cases().read(ZEELAND, mixedCase, "test")).region());
    assertEquals("zeeland", inCasework(c -> c.signals().read(ZEELAND, elsewhere, "test")).region());

    assertEquals(new RegionMoves.Moved(0, 0), follow(), "a second run finds nothing to do");
  }
}
