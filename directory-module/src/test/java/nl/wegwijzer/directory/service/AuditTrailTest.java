package nl.wegwijzer.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.repository.AuditRepository;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditTrailTest extends DirectoryDatabaseTest {

  @BeforeEach
  void emptyTheTrail() {
    TestDatabase.execute("delete from directory.admin_audit");
  }

  private static AuditTrail trail(jakarta.persistence.EntityManager em) {
    return new AuditTrail(new AuditRepository(em));
  }

  private static void record(String actor, AuditAction action, String subject, String details) {
    inDirectory(d -> trail(d.em()).record(actor, action, subject, details));
  }

  private static Page<AuditEntryView> search(AuditQuery query, int page, int size) {
    return inDirectory(d -> trail(d.em()).search(query, new PageRequest(page, size)));
  }

  @Test
  void linesComeNewestFirstAndArePagedInSql() {
    for (int i = 1; i <= 5; i++) {
      record("admin", AuditAction.ROLE_ASSIGNED, "user-" + i, "editor");
    }
    Page<AuditEntryView> first = search(AuditQuery.ALL, 1, 2);
    assertEquals(5, first.totalItems());
    assertEquals(
        List.of("user-5", "user-4"), first.items().stream().map(AuditEntryView::subject).toList());
    assertEquals(
        List.of("user-1"),
        search(AuditQuery.ALL, 3, 2).items().stream().map(AuditEntryView::subject).toList());
  }

  @Test
  void filtersByActorSubjectActionAndPeriod() {
    record("admin", AuditAction.USER_CREATED, "coordinator-noord", null);
    record("admin", AuditAction.REGIONS_CHANGED, "coordinator-noord", "groningen");
    record("beheerder_2", AuditAction.USER_DISABLED, "editor-c", null);

    assertEquals(
        1, search(new AuditQuery("BEHEERDER_", null, null, null, null), 1, 20).totalItems());
    assertEquals(0, search(new AuditQuery("%", null, null, null, null), 1, 20).totalItems());
    assertEquals(2, search(new AuditQuery(null, "noord", null, null, null), 1, 20).totalItems());
    Page<AuditEntryView> regions =
        search(new AuditQuery(null, null, "regions-changed", null, null), 1, 20);
    assertEquals(1, regions.totalItems());
    assertEquals("groningen", regions.items().get(0).details());
    assertEquals("regions-changed", regions.items().get(0).action());

    LocalDate today = LocalDate.now(AuditTrail.ZONE);
    assertEquals(3, search(new AuditQuery(null, null, null, today, today), 1, 20).totalItems());
    assertEquals(
        0, search(new AuditQuery(null, null, null, today.plusDays(1), null), 1, 20).totalItems());
    assertEquals(
        0, search(new AuditQuery(null, null, null, null, today.minusDays(1)), 1, 20).totalItems());
  }

  @Test
  void wrongFiltersAreInvalidInput() {
    assertThrows(
        InvalidInputException.class,
        () -> search(new AuditQuery(null, null, "deleted-everything", null, null), 1, 20));
    LocalDate today = LocalDate.now(AuditTrail.ZONE);
    assertThrows(
        InvalidInputException.class,
        () -> search(new AuditQuery(null, null, null, today, today.minusDays(2)), 1, 20));
    assertThrows(
        InvalidInputException.class, () -> record(" ", AuditAction.USER_CREATED, "someone", null));
  }
}
