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

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.NearbyHelp;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A region's organisations nearest first, as the case page's referral search asks for them: the
 * golden table {@code referrals/golden-nearest-in-region.csv} gives the place measured from (the
 * case's, or the region's central municipality), the region, the need and the age group, and
 * expects the municipality measured from and the organisations in order with their nearness.
 */
class NearestInRegionTest extends DirectoryDatabaseTest {

  private record Row(
      String from,
      String region,
      String need,
      String age,
      String expectedFrom,
      boolean central,
      String expected,
      String why) {}

  @BeforeEach
  void registerOrganisations() {
    inDirectory(
        d -> {
          OrganisationService service = d.organisationService();
          shelter(service, "zeeuwse-opvang-goes", "Zeeuwse Opvang Goes", EVERY_AGE, "GM0664");
          shelter(
              service, "jeugdopvang-goes", "Jeugdopvang Goes", Set.of(AgeGroup.MINOR), "GM0664");
          shelter(service, "anker-middelburg", "Anker Middelburg", EVERY_AGE, "GM0687");
          shelter(service, "baken-vlissingen", "Baken Vlissingen", EVERY_AGE, "GM0718");
          shelter(service, "huis-utrecht", "Huis Utrecht", EVERY_AGE, "GM0344");
          service.register(
              organisation(
                  "opvang-zeeland",
                  "Opvang Zeeland",
                  "Opvang in heel Zeeland.",
                  service(CareNeed.SHELTER, EVERY_AGE, EVERY_FORM, regions("zeeland"))),
              true);
          service.register(
              organisation(
                  "landelijke-opvang",
                  "Landelijke Opvang",
                  "Opvang in het hele land.",
                  service(CareNeed.SHELTER, EVERY_AGE, EVERY_FORM, national())),
              true);
          return null;
        });
  }

  private static void shelter(
      OrganisationService service, String slug, String name, Set<AgeGroup> ages, String cbsCode) {
    service.register(
        organisation(
            slug,
            name,
            "Opvang in de gemeente.",
            service(CareNeed.SHELTER, ages, EVERY_FORM, municipalities(cbsCode))),
        true);
  }

  private static List<Row> golden() throws IOException {
    try (Reader reader =
        new InputStreamReader(
            Objects.requireNonNull(
                NearestInRegionTest.class.getResourceAsStream(
                    "/referrals/golden-nearest-in-region.csv")),
            StandardCharsets.UTF_8)) {
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        rows.add(
            new Row(
                record.get("from"),
                record.get("region"),
                record.get("need"),
                record.get("age"),
                record.get("expected_from"),
                Boolean.parseBoolean(record.get("central")),
                record.get("expected"),
                record.get("why")));
      }
      return rows;
    }
  }

  @Test
  void everyRowOfTheGoldenTableGetsItsOrder() throws IOException {
    List<Row> rows = golden();
    assertFalse(rows.isEmpty());
    for (Row row : rows) {
      NearestInRegion answer =
          inDirectory(
              d ->
                  d.directory()
                      .nearestInRegion(
                          new HelpQuery(
                              List.of(row.need()),
                              row.from().isEmpty() ? null : row.from(),
                              row.age(),
                              null,
                              null,
                              List.of(),
                              List.of(),
                              false),
                          row.region(),
                          20));
      String found =
          answer.help().stream()
              .map(NearbyHelp::first)
              .flatMap(List::stream)
              .map(o -> o.slug() + ":" + o.nearness())
              .collect(Collectors.joining(" "));
      assertEquals(row.expected(), found, row.why());
      assertEquals(row.expectedFrom(), answer.from().code(), row.why());
      assertEquals(row.central(), answer.central(), row.why());
    }
  }
}
