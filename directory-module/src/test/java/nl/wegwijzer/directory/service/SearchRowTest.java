package nl.wegwijzer.directory.service;

import static nl.wegwijzer.directory.testing.Fixtures.EVERY_AGE;
import static nl.wegwijzer.directory.testing.Fixtures.EVERY_FORM;
import static nl.wegwijzer.directory.testing.Fixtures.municipalities;
import static nl.wegwijzer.directory.testing.Fixtures.national;
import static nl.wegwijzer.directory.testing.Fixtures.organisation;
import static nl.wegwijzer.directory.testing.Fixtures.regions;
import static nl.wegwijzer.directory.testing.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.OrganisationSort;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.repository.OrganisationRepository;
import nl.wegwijzer.directory.service.OrganisationRegistration.ServiceEntry;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import nl.wegwijzer.directory.testing.OrganisationGenerator;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The search rows (directory.organisation_search) follow every change of a profile in the same
 * transaction: a search right after an edit, an archiving, a publication or a municipality's move
 * finds the new state, never the old one, also where a node keeps answers. And the count stops at a
 * thousand.
 */
class SearchRowTest extends DirectoryDatabaseTest {

  private static Page<OrganisationSummary> search(DirectoryQuery query) {
    return inDirectory(d -> d.directory().search(query, PageRequest.first(20)));
  }

  private static List<String> slugs(DirectoryQuery query) {
    return search(query).items().stream().map(OrganisationSummary::slug).toList();
  }

  private static DirectoryQuery query(String text, String need, String region, String place) {
    return new DirectoryQuery(text, need, region, place, null, null, null, null, null, null);
  }

  private static void register(String slug, String name, ServiceEntry... services) {
    inDirectory(
        d -> {
          d.organisationService()
              .register(organisation(slug, name, "Hulp voor slachtoffers.", services), false);
          return null;
        });
  }

  @Test
  void anEditedProfileIsFoundByItsNewValuesOnly() {
    register(
        "veilig-huis",
        "Veilig Huis Zeeland",
        service(CareNeed.SHELTER, EVERY_AGE, EVERY_FORM, regions("zeeland")));
    assertEquals(List.of("veilig-huis"), slugs(query("veilig", "shelter", "zeeland", null)));

    inDirectory(
        d -> {
          var service = d.organisationService();
          service.replace(
              d.organisations().getBySlug("veilig-huis"),
              organisation(
                  "veilig-huis",
                  "Rechtswinkel Utrecht",
                  "Juridisch advies.",
                  service(
                      CareNeed.LEGAL_AID,
                      Set.of(AgeGroup.ADULT),
                      Set.of(ExploitationForm.LABOUR),
                      municipalities("GM0344"))));
          return null;
        });

    assertEquals(List.of(), slugs(query(null, "shelter", null, null)));
    assertEquals(List.of(), slugs(query(null, null, "zeeland", null)));
    assertEquals(List.of(), slugs(query("veilig", null, null, null)));
    assertEquals(
        List.of("veilig-huis"), slugs(query("rechtswinkel", "legal-aid", null, "Utrecht")));
    assertEquals(List.of("veilig-huis"), slugs(query(null, null, "utrecht", null)));
    OrganisationSummary line = search(query("rechtswinkel", null, null, null)).items().get(0);
    assertEquals("Rechtswinkel Utrecht", line.name());
    assertEquals(List.of("legal-aid"), line.careNeeds());
    assertEquals(List.of("Utrecht"), line.regions());
  }

  @Test
  void anArchivedProfileDisappearsAtOnceAndReturnsWhenPublished() {
    register(
        "tijdelijk",
        "Tijdelijk Steunpunt",
        service(CareNeed.SAFETY, EVERY_AGE, EVERY_FORM, regions("utrecht")));
    register(
        "blijvend",
        "Blijvend Steunpunt",
        service(CareNeed.SAFETY, EVERY_AGE, EVERY_FORM, regions("utrecht")));
    assertEquals(2, search(DirectoryQuery.all()).totalItems());

    inDirectory(
        d -> {
          d.organisationService().archive(d.organisations().getBySlug("tijdelijk"));
          return null;
        });
    assertEquals(List.of("blijvend"), slugs(DirectoryQuery.all()));
    assertEquals(1, search(DirectoryQuery.all()).totalItems());
    assertEquals(List.of(), slugs(query("tijdelijk", null, null, null)));
    assertEquals(List.of("blijvend"), slugs(query(null, "safety", "utrecht", null)));

    inDirectory(
        d -> {
          d.organisationService()
              .publish(d.organisations().getBySlug("tijdelijk"), LocalDate.of(2026, 11, 23));
          return null;
        });
    assertEquals(List.of("blijvend", "tijdelijk"), slugs(query(null, "safety", "utrecht", null)));
    assertEquals(List.of("tijdelijk"), slugs(query("tijdelijk", null, null, null)));
  }

  @Test
  void aNodesKeptAnswersGiveWayToEveryChangeCommittedAnywhere() {
    register(
        "eerste",
        "Eerste Hulp",
        service(CareNeed.SAFETY, EVERY_AGE, EVERY_FORM, regions("utrecht")));
    register(
        "tweede",
        "Tweede Hulp",
        service(CareNeed.SAFETY, EVERY_AGE, EVERY_FORM, regions("utrecht")));
    // One node's directory, kept across its transactions as the server keeps it.
    EntityManager node = TestDatabase.open("directory-test", "directory").createEntityManager();
    try {
      OrganisationDirectory kept = new Directory(node).directory();
      assertEquals(List.of("eerste", "tweede"), onNode(node, kept, DirectoryQuery.all()));
      assertEquals(List.of("eerste", "tweede"), onNode(node, kept, DirectoryQuery.all()));

      // Another node archives one: the kept answer is not used any more.
      inDirectory(
          d -> {
            d.organisationService().archive(d.organisations().getBySlug("eerste"));
            return null;
          });
      assertEquals(List.of("tweede"), onNode(node, kept, DirectoryQuery.all()));

      // A change seen inside a transaction that is rolled back is never answered afterwards.
      node.getTransaction().begin();
      Directory inside = new Directory(node);
      inside.organisationService().archive(inside.organisations().getBySlug("tweede"));
      assertEquals(
          List.of(),
          kept.search(DirectoryQuery.all(), PageRequest.first(20)).items().stream()
              .map(OrganisationSummary::slug)
              .toList());
      node.getTransaction().rollback();
      node.clear();
      assertEquals(List.of("tweede"), onNode(node, kept, DirectoryQuery.all()));
      register("derde", "Derde Hulp", service(CareNeed.SAFETY, EVERY_AGE, EVERY_FORM, national()));
      assertEquals(List.of("derde", "tweede"), onNode(node, kept, DirectoryQuery.all()));
    } finally {
      if (node.getTransaction().isActive()) {
        node.getTransaction().rollback();
      }
      node.close();
    }
  }

  private static List<String> onNode(
      EntityManager node, OrganisationDirectory directory, DirectoryQuery query) {
    node.getTransaction().begin();
    try {
      return directory.search(query, PageRequest.first(20)).items().stream()
          .map(OrganisationSummary::slug)
          .toList();
    } finally {
      node.getTransaction().commit();
    }
  }

  @Test
  void aMunicipalityThatMovesTakesItsLocalServicesToTheNewRegion() {
    register(
        "lokaal",
        "Lokaal Loket",
        service(CareNeed.MEDICAL_CARE, EVERY_AGE, EVERY_FORM, municipalities("GM0344")));
    String home = inDirectory(d -> d.places().municipalityByCbsCode("GM0344").region().code());
    String elsewhere = "zeeland".equals(home) ? "utrecht" : "zeeland";
    String elsewhereName = inDirectory(d -> d.places().region(elsewhere).name());
    try {
      move("GM0344", elsewhere);
      assertEquals(List.of("lokaal"), slugs(query(null, "medical-care", elsewhere, null)));
      assertEquals(List.of(), slugs(query(null, "medical-care", home, null)));
      assertEquals(List.of("lokaal"), slugs(query(null, null, null, "GM0344")));
      assertEquals(
          List.of(elsewhereName),
          search(query("loket", null, null, null)).items().get(0).regions());
    } finally {
      move("GM0344", home);
    }
    assertEquals(List.of("lokaal"), slugs(query(null, "medical-care", home, null)));
  }

  private static void move(String cbsCode, String region) {
    inDirectory(
        d ->
            d.coordinationEditing()
                .assignRegion(
                    new RegionChange(
                        cbsCode,
                        region,
                        LocalDate.now(AuditTrail.ZONE),
                        true,
                        "test: a region change from today",
                        null),
                    "editor-a"));
  }

  @Test
  void theSortInForceIsAnsweredEvenWhenAFilterIsRefused() {
    DirectoryQuery refusedPlace =
        new DirectoryQuery(
            "opvang", "bestaat-niet", null, "Nergenshuizen", null, null, null, null, null, null);
    assertEquals(OrganisationSort.RELEVANCE, inDirectory(d -> d.directory().sortOf(refusedPlace)));
    DirectoryQuery chosen =
        new DirectoryQuery(
            null, null, null, "Nergenshuizen", null, null, null, null, null, "name-desc");
    assertEquals(OrganisationSort.NAME_DESC, inDirectory(d -> d.directory().sortOf(chosen)));
    DirectoryQuery unknownSort =
        new DirectoryQuery(null, null, null, null, null, null, null, null, null, "willekeurig");
    assertEquals(OrganisationSort.NAME, inDirectory(d -> d.directory().sortOf(unknownSort)));
  }

  @Test
  void theCountStopsAfterAHundredAndSaysSo() {
    List<OrganisationRegistration> generated = generate(1_010);
    assertEquals(
        1_010, (int) inDirectory(d -> d.organisationService().registerAll(generated, false)));

    Page<OrganisationSummary> first = search(DirectoryQuery.all());
    assertEquals(OrganisationRepository.MAX_COUNTED, first.totalItems());
    assertTrue(first.totalCapped());
    assertEquals(5, first.totalPages());
    assertEquals(20, first.items().size());

    // Past the hundredth, the count reaches to the page asked for: the last page is complete.
    Page<OrganisationSummary> last =
        inDirectory(d -> d.directory().search(DirectoryQuery.all(), new PageRequest(51, 20)));
    assertEquals(1_010, last.totalItems());
    assertFalse(last.totalCapped());
    assertEquals(10, last.items().size());

    Page<OrganisationSummary> narrow = search(query(null, "shelter", "zeeland", null));
    assertFalse(narrow.totalCapped());
    long expected =
        TestDatabase.inTransaction(
            em ->
                ((Number)
                        em.createNativeQuery(
                                "select count(distinct s.organisation_id)"
                                    + " from directory.care_service s"
                                    + " join directory.region r on r.code = 'zeeland'"
                                    + " where s.care_need = 'SHELTER' and (s.area_scope = 'NATIONAL'"
                                    + "  or exists (select 1 from directory.care_service_region x"
                                    + "   where x.care_service_id = s.id and x.region_id = r.id)"
                                    + "  or exists (select 1 from directory.care_service_municipality x"
                                    + "   join directory.municipality m on m.id = x.municipality_id"
                                    + "   where x.care_service_id = s.id and m.region_id = r.id))")
                            .getSingleResult())
                    .longValue());
    assertEquals(expected, narrow.totalItems());
    assertTrue(expected > 20, "the narrow search still needs its count: " + expected);
  }

  static List<OrganisationRegistration> generate(int count) {
    List<String> regionCodes =
        inDirectory(d -> d.regions().all()).stream().map(Region::code).toList();
    List<String> municipalityCodes =
        inDirectory(d -> d.municipalities().all()).stream().map(Municipality::cbsCode).toList();
    return new OrganisationGenerator(7, regionCodes, municipalityCodes).generate(count);
  }
}
