package nl.wegwijzer.directory.service;

import static nl.wegwijzer.directory.testing.Fixtures.EVERY_AGE;
import static nl.wegwijzer.directory.testing.Fixtures.EVERY_FORM;
import static nl.wegwijzer.directory.testing.Fixtures.municipalities;
import static nl.wegwijzer.directory.testing.Fixtures.national;
import static nl.wegwijzer.directory.testing.Fixtures.organisation;
import static nl.wegwijzer.directory.testing.Fixtures.regions;
import static nl.wegwijzer.directory.testing.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijzer.directory.model.AreaScope;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.repository.CoverageRepository;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class CoverageMatrixTest extends DirectoryDatabaseTest {

  private static CoverageMatrix matrix() {
    return inDirectory(d -> new CoverageService(new CoverageRepository(d.em())).matrix());
  }

  private static void register(OrganisationRegistration registration) {
    inDirectory(d -> d.organisationService().register(registration, false));
  }

  @Test
  void countsOrganisationsPerRegionAndNeedWithNationalOnesEverywhereAndGapsAsZero() {
    register(
        organisation(
            "landelijke-tolken",
            "Landelijke Tolken",
            "Tolken in heel Nederland.",
            service(CareNeed.INTERPRETING, EVERY_AGE, EVERY_FORM, national())));
    register(
        organisation(
            "opvang-zeeland",
            "Opvang Zeeland",
            "Opvang in Zeeland en Utrecht.",
            service(CareNeed.SHELTER, EVERY_AGE, EVERY_FORM, regions("zeeland", "utrecht")),
            // a second service for the same need in the same region must not count twice
            service(CareNeed.SHELTER, EVERY_AGE, EVERY_FORM, municipalities("GM0718"))));
    register(
        organisation(
            "opvang-vlissingen",
            "Opvang Vlissingen",
            "Opvang in één gemeente.",
            service(CareNeed.SHELTER, EVERY_AGE, EVERY_FORM, municipalities("GM0718"))));

    CoverageMatrix matrix = matrix();

    assertEquals(35, matrix.rows().size(), "every region is a row, served or not");
    assertEquals(CareNeed.values().length, matrix.needs().size());
    assertEquals(
        "amsterdam-amstelland", matrix.rows().get(0).region().code(), "rows by region name");
    for (CoverageMatrix.Row row : matrix.rows()) {
      assertEquals(
          1, matrix.count(row.region().code(), "interpreting"), "national counts everywhere");
    }
    assertEquals(2, matrix.count("zeeland", "shelter"));
    assertEquals(1, matrix.count("utrecht", "shelter"));
    assertEquals(0, matrix.count("groningen", "shelter"), "a gap");
    assertEquals(0, matrix.count("zeeland", "legal-aid"), "a gap");
    assertEquals(35 * 9 - 35 - 2, matrix.gaps());
  }

  @Test
  void anEmptyDirectoryIsAllGaps() {
    CoverageMatrix matrix = matrix();
    assertEquals(35, matrix.rows().size());
    assertEquals(35L * CareNeed.values().length, matrix.gaps());
  }

  /**
   * The demo organisations, loaded through the real services: every cell of the matrix equals what
   * the demo file says when its areas are read by hand.
   */
  @Test
  void theMatrixOfTheDemoDataMatchesTheDemoFile() throws Exception {
    List<OrganisationRegistration> demo;
    try (Jsonb jsonb = JsonbBuilder.create();
        Reader reader =
            Files.newBufferedReader(
                Path.of("../deploy/demo/organisations.json"), StandardCharsets.UTF_8)) {
      demo =
          jsonb.fromJson(
              reader,
              new ArrayList<OrganisationRegistration>() {}.getClass().getGenericSuperclass());
    }
    inDirectory(
        d -> {
          demo.forEach(r -> d.organisationService().register(r, true));
          return null;
        });
    Map<String, String> regionOfMunicipality = new HashMap<>();
    TestDatabase.runInTransaction(
        em -> {
          @SuppressWarnings("unchecked")
          List<Object[]> rows =
              em.createNativeQuery(
                      "select m.cbs_code, r.code from directory.municipality m"
                          + " join directory.region r on r.id = m.region_id")
                  .getResultList();
          rows.forEach(row -> regionOfMunicipality.put((String) row[0], (String) row[1]));
        });
    List<String> allRegions =
        inDirectory(d -> d.places().regions()).stream().map(RegionView::code).toList();
    Map<String, Set<String>> expected = new HashMap<>();
    for (OrganisationRegistration organisation : demo) {
      for (OrganisationRegistration.ServiceEntry service : organisation.services()) {
        List<String> reached =
            service.area().scope() == AreaScope.NATIONAL
                ? allRegions
                : service.area().scope() == AreaScope.REGIONS
                    ? service.area().regions()
                    : service.area().municipalities().stream()
                        .map(regionOfMunicipality::get)
                        .toList();
        for (String region : reached) {
          expected
              .computeIfAbsent(region + "/" + service.careNeed().code(), k -> new HashSet<>())
              .add(organisation.slug());
        }
      }
    }

    CoverageMatrix matrix = matrix();
    int checked = 0;
    for (String region : allRegions) {
      for (CareNeed need : CareNeed.values()) {
        Set<String> serving = expected.getOrDefault(region + "/" + need.code(), Set.of());
        assertEquals(serving.size(), matrix.count(region, need.code()), region + "/" + need);
        checked++;
      }
    }
    assertEquals(35 * 9, checked);
    long nationalLegalAid =
        demo.stream()
            .filter(
                o ->
                    o.services().stream()
                        .anyMatch(
                            s ->
                                s.careNeed() == CareNeed.LEGAL_AID
                                    && s.area().scope() == AreaScope.NATIONAL))
            .count();
    assertTrue(nationalLegalAid > 0, "the demo data has a national legal-aid organisation");
    for (CoverageMatrix.Row row : matrix.rows()) {
      assertTrue(matrix.count(row.region().code(), "legal-aid") >= nationalLegalAid);
    }
  }
}
