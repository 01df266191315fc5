package nl.wegwijzer.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.repository.AuditRepository;
import nl.wegwijzer.directory.service.ProfileFreshness.StaleProfile;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import nl.wegwijzer.directory.testing.Fixtures;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editors' worklist of profiles not verified for a year, and marking one verified. */
class ProfileFreshnessTest extends DirectoryDatabaseTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static ProfileFreshness freshness(jakarta.persistence.EntityManager em) {
    return new ProfileFreshness(
        new nl.wegwijzer.directory.repository.OrganisationRepository(em),
        new AuditTrail(new AuditRepository(em)));
  }

  @BeforeEach
  void threeOrganisations() {
    TestDatabase.execute("delete from directory.admin_audit");
    for (String slug : List.of("nooit-gecontroleerd", "lang-geleden", "net-gecontroleerd")) {
      inDirectory(
          d ->
              d.organisationService()
                  .register(
                      Fixtures.organisation(
                          slug,
                          "Stichting " + slug,
                          "Hulp.",
                          Fixtures.service(
                              CareNeed.SHELTER,
                              Fixtures.EVERY_AGE,
                              Fixtures.EVERY_FORM,
                              Fixtures.national())),
                      false));
    }
    TestDatabase.execute(
        "update directory.organisation set last_verified_on = date '2025-10-01'"
            + " where slug = 'lang-geleden'",
        "update directory.organisation set last_verified_on = date '2026-01-15'"
            + " where slug = 'net-gecontroleerd'");
  }

  private static Page<StaleProfile> stale(int page, int size) {
    return inDirectory(d -> freshness(d.em()).stale(TODAY, new PageRequest(page, size)));
  }

  @Test
  void profilesNotVerifiedForAYearComeNeverVerifiedFirstAndArePaged() {
    Page<StaleProfile> first = stale(1, 1);
    assertEquals(2, first.totalItems());
    assertEquals("nooit-gecontroleerd", first.items().get(0).slug());
    assertEquals(null, first.items().get(0).lastVerifiedOn());
    Page<StaleProfile> second = stale(2, 1);
    assertEquals("lang-geleden", second.items().get(0).slug());
    assertEquals(LocalDate.of(2025, 10, 1), second.items().get(0).lastVerifiedOn());
  }

  @Test
  void markingAProfileVerifiedTakesItOffTheListAndIsAudited() {
    inDirectory(
        d -> {
          freshness(d.em()).markVerified("lang-geleden", "editor-a", TODAY);
          return null;
        });
    assertEquals(
        List.of("nooit-gecontroleerd"),
        stale(1, 20).items().stream().map(StaleProfile::slug).toList());
    AuditEntryView line =
        inDirectory(
                d ->
                    new AuditTrail(new AuditRepository(d.em()))
                        .search(AuditQuery.ALL, new PageRequest(1, 5)))
            .items()
            .get(0);
    assertEquals("editor-a", line.actor());
    assertEquals("profile-verified", line.action());
    assertEquals("organisation lang-geleden", line.subject());
    assertThrows(
        NotFoundException.class,
        () ->
            inDirectory(
                d -> {
                  freshness(d.em()).markVerified("bestaat-niet", "editor-a", TODAY);
                  return null;
                }));
  }
}
