package nl.wegwijzer.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoordinationEditingTest extends DirectoryDatabaseTest {

  private static CoordinationSetup.Contact contact(String organisation, String phone) {
    return new CoordinationSetup.Contact(null, organisation, null, phone, null, null);
  }

  @BeforeEach
  void emptyTheTrail() {
    TestDatabase.execute("delete from directory.admin_audit");
  }

  /** Municipalities are reference data the other tests rely on: Veere goes back to Zeeland. */
  @AfterEach
  void putVeereBack() {
    restoreShippedRegions();
  }

  private static List<AuditEntryView> trail(AuditAction action) {
    return inDirectory(
            d ->
                new AuditTrail(new nl.wegwijzer.directory.repository.AuditRepository(d.em()))
                    .search(
                        new AuditQuery(null, null, action.code(), null, null),
                        new PageRequest(1, 20)))
        .items();
  }

  @Test
  void theOverviewShowsEachRegionsPointsAsOfToday() {
    assertEquals(
        List.of(), inDirectory(d -> d.coordinationEditing().region("zeeland")).coordinators());
    inDirectory(
        d -> {
          d.coordinationService()
              .apply(
                  new CoordinationSetup(
                      contact("Landelijk", "0800-000 0000"),
                      List.of(
                          new CoordinationSetup.RegionEntry(
                              "zeeland", null, List.of(contact("Zeeland", "0118-000 100"))))),
                  CoordinatorFinder.today().plusDays(1));
          d.coordinationService()
              .apply(
                  new CoordinationSetup(
                      contact("Landelijk", "0800-000 0000"),
                      List.of(
                          new CoordinationSetup.RegionEntry(
                              "utrecht", null, List.of(contact("Utrecht", "030-000 100"))))),
                  CoordinatorFinder.today());
          return null;
        });
    assertEquals(
        List.of(),
        inDirectory(d -> d.coordinationEditing().region("zeeland")).coordinators(),
        "a point from tomorrow is not today's");
    CoordinationEditing.RegionCoordination utrecht =
        inDirectory(d -> d.coordinationEditing().regions()).stream()
            .filter(r -> r.code().equals("utrecht"))
            .findFirst()
            .orElseThrow();
    assertEquals("Utrecht", utrecht.coordinators().get(0).organisation());
  }

  /**
   * The directory's side of a published change (the workflow's four eyes are content's
   * MunicipalityRegionKindTest): a move from today takes effect at once, keeps yesterday's answer,
   * is refused for a day already past, and goes into the audit trail.
   */
  @Test
  void aMunicipalityMovesToAnotherRegionAndTheFinderFollows() {
    LocalDate today = LocalDate.now(AuditTrail.ZONE);
    MunicipalityView moved =
        inDirectory(
            d ->
                d.coordinationEditing()
                    .assignRegion(
                        new RegionChange("GM0717", "west-brabant", today, true, "test: V1", null),
                        "ed"));
    assertEquals("west-brabant", moved.regionCode());
    assertEquals(
        "west-brabant", inDirectory(d -> d.places().resolve("Veere", "plaats").region().code()));
    assertThrows(
        InvalidInputException.class,
        () ->
            inDirectory(
                d ->
                    d.coordinationEditing()
                        .assignRegion(
                            new RegionChange(
                                "GM0717", "zeeland", today.minusDays(1), true, "test", null),
                            "b")));
    assertEquals(
        "zeeland",
        inDirectory(d -> d.places().regionOf("GM0717", today.minusDays(1))).code(),
        "the move is a new version from today; yesterday's answer stays");
    List<AuditEntryView> lines = trail(AuditAction.MUNICIPALITY_MOVED);
    assertEquals(1, lines.size());
    assertEquals(
        "zeeland -> west-brabant from " + today + ", confirmed: test: V1", lines.get(0).details());
  }
}
