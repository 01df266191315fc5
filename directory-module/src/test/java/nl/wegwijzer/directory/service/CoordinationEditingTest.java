package nl.wegwijzer.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.support.ConflictException;
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

  @Test
  void aMunicipalityMovesToAnotherRegionOnceAndTheFinderFollows() {
    long version =
        inDirectory(d -> d.coordinationEditing().region("zeeland")).municipalities().stream()
            .filter(m -> m.code().equals("GM0717"))
            .findFirst()
            .orElseThrow()
            .version();
    MunicipalityView moved =
        inDirectory(d -> d.coordinationEditing().move("GM0717", version, "west-brabant", "ed"));
    assertEquals("west-brabant", moved.regionCode());
    assertEquals(
        "west-brabant", inDirectory(d -> d.places().resolve("Veere", "plaats").region().code()));
    assertThrows(
        ConflictException.class,
        () -> inDirectory(d -> d.coordinationEditing().move("GM0717", version, "zeeland", "b")));
    assertEquals(
        "zeeland",
        inDirectory(d -> d.places().regionOf("GM0717", java.time.LocalDate.now().minusDays(1)))
            .code(),
        "the move is a new version from today; yesterday's answer stays");
    List<AuditEntryView> lines = trail(AuditAction.MUNICIPALITY_MOVED);
    assertEquals(1, lines.size());
    assertEquals("zeeland -> west-brabant", lines.get(0).details());
  }
}
