package nl.wegwijzer.directory.service;

import static nl.wegwijzer.directory.testing.Fixtures.EVERY_AGE;
import static nl.wegwijzer.directory.testing.Fixtures.EVERY_FORM;
import static nl.wegwijzer.directory.testing.Fixtures.national;
import static nl.wegwijzer.directory.testing.Fixtures.organisation;
import static nl.wegwijzer.directory.testing.Fixtures.regions;
import static nl.wegwijzer.directory.testing.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.repository.HsdsRepository;
import nl.wegwijzer.directory.service.OrganisationRegistration.HoursEntry;
import nl.wegwijzer.directory.service.OrganisationRegistration.LocationEntry;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory as HSDS 3.0, in PostgreSQL: only what is published, with ids that stay. */
class HsdsDirectoryTest extends DirectoryDatabaseTest {

  private static final LocationEntry SHELTER =
      new LocationEntry(
          "Opvanghuis Zeeland",
          "Geheime Straat 1",
          "4331 AA",
          "Middelburg",
          "GM0687",
          true,
          List.of(new HoursEntry(DayOfWeek.MONDAY, "09:00", "17:00")));
  private static final LocationEntry OFFICE =
      new LocationEntry(
          "Kantoor",
          "Markt 1",
          "4331 LK",
          "Middelburg",
          "GM0687",
          false,
          List.of(
              new HoursEntry(DayOfWeek.TUESDAY, "09:00", "12:00"),
              new HoursEntry(DayOfWeek.MONDAY, "09:00", "17:00")));

  @BeforeEach
  void registerOrganisations() {
    inDirectory(
        d -> {
          OrganisationService service = d.organisationService();
          service.register(withLocations(SHELTER, OFFICE), true);
          service.register(
              organisation(
                  "landelijke-tolken",
                  "Landelijke Tolkendienst",
                  "Tolken in veel talen.",
                  service(CareNeed.INTERPRETING, EVERY_AGE, EVERY_FORM, national())),
              true);
          service.register(
              organisation(
                  "gearchiveerd",
                  "Gearchiveerde Organisatie",
                  "Niet meer in de gids.",
                  service(CareNeed.SAFETY, EVERY_AGE, EVERY_FORM, national())),
              true);
          service.archive(service.find("gearchiveerd").orElseThrow());
          return null;
        });
  }

  private static OrganisationRegistration withLocations(LocationEntry... locations) {
    OrganisationRegistration plain =
        organisation(
            "opvang-zeeland",
            "Opvang Zeeland",
            "Veilige opvang in het zuidwesten.",
            service(
                CareNeed.SHELTER,
                Set.of(AgeGroup.ADULT),
                EVERY_FORM,
                regions("zeeland", "utrecht")));
    return new OrganisationRegistration(
        plain.slug(),
        plain.name(),
        plain.description(),
        plain.website(),
        plain.email(),
        plain.languages(),
        plain.phones(),
        List.of(locations),
        plain.services(),
        plain.descriptionEn());
  }

  private static <T> T hsds(Function<HsdsDirectory, T> work) {
    return TestDatabase.inTransaction(em -> work.apply(new HsdsDirectory(new HsdsRepository(em))));
  }

  private static HsdsQuery query(String... pairs) {
    Map<String, String> p = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      p.put(pairs[i], pairs[i + 1]);
    }
    return new HsdsQuery(
        p.get("search"),
        p.get("taxonomy_term_id"),
        p.get("page"),
        p.get("per_page"),
        p.get("modified_after"),
        p.get("full"));
  }

  @Test
  void onlyPublishedServicesAreListedAndPagedToTheLast() {
    Hsds.Paged<Hsds.Service> first = hsds(h -> h.services(query("per_page", "1")));
    assertEquals(2, first.totalItems(), "the archived organisation's service is not served");
    assertEquals(2, first.totalPages());
    assertTrue(first.firstPage());
    assertFalse(first.lastPage());
    Hsds.Paged<Hsds.Service> last = hsds(h -> h.services(query("per_page", "1", "page", "2")));
    assertTrue(last.lastPage());
    assertEquals("shelter", last.contents().get(0).name(), "by organisation: opvang-zeeland last");
    assertEquals("active", last.contents().get(0).status());
    Hsds.Paged<Hsds.Service> beyond = hsds(h -> h.services(query("page", "9")));
    assertTrue(beyond.empty());
    assertTrue(beyond.contents().isEmpty());
    assertEquals(2, beyond.totalItems());
  }

  @Test
  void aConfidentialLocationHasItsNameAndMunicipalityOnly() {
    String id = hsds(h -> h.organisations(query("search", "opvang")).contents().get(0).id());
    Hsds.Organization full = hsds(h -> h.organisation(id));
    Hsds.Location shelter = full.locations().get(0);
    assertEquals("Opvanghuis Zeeland", shelter.name());
    assertTrue(shelter.addresses().isEmpty());
    assertTrue(shelter.schedules().isEmpty());
    assertEquals("GM0687", shelter.attributes().get(0).value());
    Hsds.Location office = full.locations().get(1);
    assertEquals("Markt 1", office.addresses().get(0).address1());
    assertEquals("Zeeland", office.addresses().get(0).stateProvince());
    assertEquals(
        List.of("MO", "TU"), office.schedules().stream().map(Hsds.Schedule::byday).toList());
  }

  @Test
  void aServiceInTwoRegionsHasTwoAreasAndItsTerms() {
    Hsds.Service shelter =
        hsds(h -> h.services(query("search", "opvang", "full", "true")).contents().get(0));
    assertEquals(
        Set.of("urn:wegwijzer:region:zeeland", "urn:wegwijzer:region:utrecht"),
        Set.copyOf(shelter.serviceAreas().stream().map(Hsds.ServiceArea::uri).toList()));
    assertEquals(18, shelter.minimumAge());
    assertEquals(2, shelter.serviceAtLocations().size());
    assertTrue(
        shelter.attributes().stream()
            .anyMatch(
                a -> a.taxonomyTerm().name().equals("Opvang") && a.linkType().equals("care-need")));
    assertTrue(
        shelter.attributes().stream().anyMatch(a -> a.taxonomyTerm().name().equals("Shelter")));
  }

  @Test
  void idsStayWhenTheProfileIsEdited() {
    Hsds.Service before = hsds(h -> h.services(query("search", "opvang")).contents().get(0));
    inDirectory(
        d -> {
          OrganisationService service = d.organisationService();
          OrganisationRegistration edited = withLocations(SHELTER, OFFICE);
          service.replace(
              service.find("opvang-zeeland").orElseThrow(),
              new OrganisationRegistration(
                  edited.slug(),
                  "Opvang Zeeland en Utrecht",
                  "Een andere beschrijving.",
                  edited.website(),
                  edited.email(),
                  edited.languages(),
                  edited.phones(),
                  edited.locations(),
                  edited.services(),
                  edited.descriptionEn()));
          return null;
        });
    Hsds.Service after = hsds(h -> h.service(before.id()));
    assertEquals(before.id(), after.id());
    assertEquals(before.organizationId(), after.organization().id());
    assertTrue(
        after.lastModified().compareTo(before.lastModified()) > 0,
        "the edit moved last_modified, for modified_after");
    long since = hsds(h -> h.services(query("modified_after", after.lastModified())).totalItems());
    assertEquals(1, since);
  }

  @Test
  void aTermFiltersAndAnUnknownTermFindsNothing() {
    String shelterTerm = HsdsMapping.termId("care-need", "shelter", "en");
    long shelters = hsds(h -> h.services(query("taxonomy_term_id", shelterTerm)).totalItems());
    assertEquals(1, shelters);
    String unknown = "00000000-0000-5000-8000-000000000000";
    boolean none = hsds(h -> h.services(query("taxonomy_term_id", unknown)).empty());
    assertTrue(none);
    long terms = hsds(h -> h.taxonomyTerms(query("per_page", "100")).totalItems());
    assertEquals(2 * 29, terms, "29 terms of V55, each in Dutch and English");
  }

  @Test
  void badParametersAreRefusedByName() {
    for (String[] bad :
        List.of(
            new String[] {"page", "0"},
            new String[] {"page", "abc"},
            new String[] {"per_page", "101"},
            new String[] {"full", "yes"},
            new String[] {"modified_after", "gisteren"},
            new String[] {"taxonomy_term_id", "shelter"})) {
      InvalidInputException refused =
          assertThrows(InvalidInputException.class, () -> hsds(h -> h.services(query(bad))));
      assertEquals(bad[0], refused.field());
    }
    assertThrows(NotFoundException.class, () -> hsds(h -> h.service("not-an-id")));
  }

  @Test
  void theDownloadsHoldEveryPublishedObjectAndStayTheSameUntilItChanges() throws IOException {
    HsdsExport.Download csv =
        TestDatabase.inTransaction(
            em -> {
              HsdsRepository repository = new HsdsRepository(em);
              return new HsdsExport(new HsdsDirectory(repository), repository).csv();
            });
    Map<String, String> files = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(csv.bytes()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertTrue(files.containsKey("datapackage.json"));
    assertEquals(3, files.get("services.csv").lines().count(), "a header and two services");
    assertFalse(files.get("addresses.csv").contains("Geheime Straat"));
    assertTrue(files.get("addresses.csv").contains("Markt 1"));
    HsdsExport.Download again =
        TestDatabase.inTransaction(
            em -> {
              HsdsRepository repository = new HsdsRepository(em);
              return new HsdsExport(new HsdsDirectory(repository), repository).csv();
            });
    assertEquals(csv.entityTag(), again.entityTag());
    String json =
        TestDatabase.inTransaction(
            em -> {
              HsdsRepository repository = new HsdsRepository(em);
              return new String(
                  new HsdsExport(new HsdsDirectory(repository), repository).json().bytes(),
                  StandardCharsets.UTF_8);
            });
    assertTrue(json.contains("\"service_areas\""));
    assertFalse(json.contains("Gearchiveerde"));
    assertFalse(json.contains("Geheime Straat"));
  }
}
