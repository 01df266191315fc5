package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.model.RegionAssignment;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.service.UnconfirmedAssignmentView;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A municipality's region through the editors' workflow against PostgreSQL: a move is invisible
 * until a second editor approves it and its day comes; confirming an assignment as it is records
 * the source; the old direct path is gone, so this is the only way.
 */
class MunicipalityRegionKindTest extends ContentDatabaseTest {

  private static final String A = "editor-a";
  private static final String B = "editor-b";
  private static final EditorialKind KIND = EditorialKind.MUNICIPALITY_REGION;

  @AfterEach
  void restoreRegions() {
    DirectoryDatabaseTest.restoreShippedRegions();
  }

  private static Map<String, String> change(
      String name, String region, LocalDate from, boolean confirmed, String source) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("title", name);
    f.put("region", region);
    f.put("validFrom", from.toString());
    f.put("source", source);
    f.put("confirmed", Boolean.toString(confirmed));
    return f;
  }

  private static RevisionView draft(String slug, Map<String, String> fields) {
    return inContent(c -> c.editorial().save(KIND, slug, null, null, fields, A));
  }

  private static RevisionView submit(RevisionView r) {
    return inContent(c -> c.editorial().submit(r.id(), r.version(), A));
  }

  private static RevisionView approve(RevisionView r, String reviewer) {
    return inContent(c -> c.editorial().approve(r.id(), r.version(), reviewer, Instant.now()));
  }

  private static String regionOn(String cbsCode, LocalDate day) {
    return inContent(c -> c.directory().places().regionOf(cbsCode, day).code());
  }

  @Test
  void aMoveIsInvisibleUntilASecondEditorApprovesItAndItsDayComes() {
    LocalDate today = LocalDate.now(AuditTrail.ZONE);
    LocalDate from = today.plusDays(30);
    RevisionView move =
        draft("veere", change("Veere", "west-brabant", from, true, "test: regiovisie 2026"));
    assertEquals("zeeland", regionOn("GM0717", from), "a draft changes nothing");
    RevisionView inReview = submit(move);
    assertEquals("zeeland", regionOn("GM0717", from), "in review: not yet");
    assertThrows(WorkflowException.class, () -> approve(inReview, A), "no one approves their own");
    assertEquals("zeeland", regionOn("GM0717", from));

    approve(inReview, B);
    assertEquals("west-brabant", regionOn("GM0717", from), "from its day");
    assertEquals("zeeland", regionOn("GM0717", from.minusDays(1)), "not before its day");
    assertEquals(
        "zeeland",
        inContent(c -> c.directory().places().resolve("Veere", "plaats").region().code()),
        "today's lookup keeps the current region until the day comes");
    List<RevisionView> history = inContent(c -> c.reading().history(KIND, "veere"));
    assertTrue(history.size() >= 2, "the version before the change is kept to compare with");
  }

  @Test
  void aMoveDatedInThePastOrToTheSameRegionIsRefusedWhileDrafted() {
    LocalDate today = LocalDate.now(AuditTrail.ZONE);
    RevisionView late =
        draft("veere", change("Veere", "west-brabant", today.minusDays(1), true, "test"));
    InvalidFieldsException past = assertThrows(InvalidFieldsException.class, () -> submit(late));
    assertEquals("region-change-validFrom", past.problems().get(0).problem());
    RevisionView same =
        inContent(
            c ->
                c.editorial()
                    .save(
                        KIND,
                        "veere",
                        late.id(),
                        late.version(),
                        change("Veere", "zeeland", today, true, "test"),
                        A));
    InvalidFieldsException already = assertThrows(InvalidFieldsException.class, () -> submit(same));
    assertEquals("region-change-region", already.problems().get(0).problem());
  }

  @Test
  void confirmingAnAssignmentAsItIsRecordsTheSource() {
    UnconfirmedAssignmentView open =
        inContent(c -> c.directory().places().unconfirmedAssignments()).get(0);
    try {
      RevisionView confirm =
          submit(
              draft(
                  open.slug(),
                  change(
                      open.municipality(),
                      open.regionCode(),
                      open.validFrom(),
                      true,
                      "test: regiovisie of the region, 2026")));
      assertFalse(confirmed(open.cbsCode()).confirmed(), "not before a second editor approves");
      approve(confirm, B);
      RegionAssignment latest = confirmed(open.cbsCode());
      assertTrue(latest.confirmed());
      assertEquals("test: regiovisie of the region, 2026", latest.source());
      assertEquals(open.regionCode(), latest.region().code(), "the region stays as it is");
      assertFalse(
          inContent(c -> c.directory().places().unconfirmedAssignments()).stream()
              .anyMatch(u -> u.cbsCode().equals(open.cbsCode())),
          "off the worklist");
    } finally {
      TestDatabase.execute(
          "update directory.region_assignment a set confirmed = false, source = $s$"
              + open.source()
              + "$s$, note = $n$"
              + open.reason()
              + "$n$ from directory.municipality m where a.municipality_id = m.id"
              + " and m.cbs_code = '"
              + open.cbsCode()
              + "'");
    }
  }

  private static RegionAssignment confirmed(String cbsCode) {
    return inContent(
        c -> {
          List<RegionAssignment> all =
              c.directory().places().municipalityByCbsCode(cbsCode).assignments();
          return all.get(all.size() - 1);
        });
  }
}
