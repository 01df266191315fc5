package nl.wegwijzer.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoordinationEditingTest extends DirectoryDatabaseTest {

  private static CoordinationSetup.Contact contact(String organisation, String phone) {
    return new CoordinationSetup.Contact(null, organisation, phone, null, null);
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

  private static CoordinationEditing.RegionCoordination change(
      long seen, Integer splitAge, List<CoordinationSetup.Contact> contacts, String actor) {
    return inDirectory(
        d -> d.coordinationEditing().change("zeeland", seen, splitAge, contacts, actor));
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
  void aRegionGetsCoordinatorsThenSplitsByAgeAndTheFinderFollows() {
    CoordinationEditing.RegionCoordination none =
        inDirectory(d -> d.coordinationEditing().region("zeeland"));
    assertEquals(0, none.version());
    assertEquals(List.of(), none.coordinators());

    CoordinationEditing.RegionCoordination first =
        change(0, null, List.of(contact("Zorgcoördinatie Zeeland", "0118-000 100")), "editor-a");
    assertNull(first.splitAge());
    assertEquals("Zorgcoördinatie Zeeland", first.coordinators().get(0).organisation());

    CoordinationEditing.RegionCoordination split =
        change(
            first.version(),
            18,
            List.of(
                contact("Jeugd Zeeland", "0118-000 200"), contact("Volwassenen", "0118-000 300")),
            "editor-b");
    assertEquals(18, split.splitAge());
    CoordinatorAnswer young = inDirectory(d -> d.coordinatorFinder().find("Middelburg", 15));
    assertEquals("Jeugd Zeeland", young.coordinators().get(0).organisation());
    CoordinatorAnswer adult = inDirectory(d -> d.coordinatorFinder().find("Middelburg", 30));
    assertEquals("Volwassenen", adult.coordinators().get(0).organisation());

    List<AuditEntryView> lines = trail(AuditAction.COORDINATION_CHANGED);
    assertEquals(2, lines.size());
    assertEquals("editor-b", lines.get(0).actor());
    assertEquals("region zeeland", lines.get(0).subject());
  }

  @Test
  void aChangeAgainstAnOlderVersionIsRefusedAndTheOtherChangeStays() {
    CoordinationEditing.RegionCoordination first =
        change(0, null, List.of(contact("Eerste", "0118-000 100")), "editor-a");
    change(first.version(), null, List.of(contact("Van editor-a", "0118-000 111")), "editor-a");
    assertThrows(
        ConflictException.class,
        () -> change(first.version(), null, List.of(contact("Van editor-b", "0118-000 222")), "b"));
    assertThrows(
        ConflictException.class,
        () -> change(0, null, List.of(contact("Nieuw", "0118-000 333")), "editor-b"));
    assertEquals(
        "Van editor-a",
        inDirectory(d -> d.coordinationEditing().region("zeeland"))
            .coordinators()
            .get(0)
            .organisation());
    assertEquals(2, trail(AuditAction.COORDINATION_CHANGED).size());
  }

  @Test
  void aSplitNeedsTwoCoordinatorsAndAPlausibleAge() {
    assertThrows(
        InvalidInputException.class,
        () -> change(0, 18, List.of(contact("Alleen", "0118-000 100")), "editor-a"));
    assertThrows(
        InvalidInputException.class,
        () ->
            change(
                0,
                60,
                List.of(contact("Jong", "0118-000 100"), contact("Oud", "0118-000 200")),
                "editor-a"));
    assertEquals(List.of(), trail(AuditAction.COORDINATION_CHANGED));
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
