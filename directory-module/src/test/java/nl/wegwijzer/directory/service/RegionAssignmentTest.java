package nl.wegwijzer.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.repository.MunicipalityRepository;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The region of every municipality, as the dated assignments of directory V10 give it. */
class RegionAssignmentTest extends DirectoryDatabaseTest {

  private record Golden(String cbsCode, String name, String region, boolean confirmed) {}

  @AfterEach
  void putTheShippedAssignmentsBack() {
    restoreShippedRegions();
  }

  private static List<Golden> golden() throws IOException {
    List<Golden> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    RegionAssignmentTest.class.getResourceAsStream(
                        "/reference/municipality-region-golden.csv")),
                StandardCharsets.UTF_8))) {
      reader
          .lines()
          .filter(line -> !line.startsWith("#") && !line.startsWith("cbs_code;"))
          .map(line -> line.split(";"))
          .forEach(f -> rows.add(new Golden(f[0], f[1], f[2], Boolean.parseBoolean(f[3]))));
    }
    return rows;
  }

  @Test
  void everyMunicipalityIsInTheRegionOfTheGoldenTable() throws IOException {
    List<Golden> golden = golden();
    assertEquals(342, golden.size());
    Set<String> regions =
        inDirectory(d -> d.places().regions()).stream()
            .map(RegionView::code)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(35, regions.size());
    assertEquals(
        regions,
        golden.stream().map(Golden::region).collect(Collectors.toSet()),
        "every region holds at least one municipality");
    for (Golden row : golden) {
      assertEquals(
          row.region(), inDirectory(d -> d.places().regionOf(row.cbsCode()).code()), row.name());
      assertEquals(
          row.region(),
          inDirectory(d -> d.municipalities().getByCbsCode(row.cbsCode()).region().code()),
          row.name());
    }
  }

  @Test
  void theUnconfirmedAssignmentsAreTheEditorsWorklistWithTheirReason() throws IOException {
    List<UnconfirmedAssignmentView> worklist =
        inDirectory(d -> d.places().unconfirmedAssignments());
    assertEquals(
        golden().stream()
            .filter(g -> !g.confirmed())
            .map(Golden::cbsCode)
            .collect(Collectors.toSet()),
        worklist.stream().map(UnconfirmedAssignmentView::cbsCode).collect(Collectors.toSet()));
    assertTrue(worklist.stream().allMatch(w -> w.reason() != null && !w.reason().isBlank()));
    UnconfirmedAssignmentView lansingerland =
        worklist.stream().filter(w -> w.cbsCode().equals("GM1621")).findFirst().orElseThrow();
    assertEquals("rotterdam-rijnmond", lansingerland.regionCode());
  }

  @Test
  void eachCentralMunicipalityIsInItsOwnRegion() {
    for (String[] central :
        List.of(
            new String[] {"GM0718", "zeeland"},
            new String[] {"GM0034", "flevoland"},
            new String[] {"GM0307", "eemland"},
            new String[] {"GM1930", "zuid-hollandse-eilanden"},
            new String[] {"GM0917", "parkstad-westelijke-mijnstreek"})) {
      assertEquals(central[1], inDirectory(d -> d.places().regionOf(central[0]).code()));
    }
  }

  /**
   * A change planned for a day: lookups before that day answer the old region, from that day the
   * new one; today's region follows when the day comes.
   */
  @Test
  void aLookupBeforeADatedChangeAnswersTheOldRegionAndFromItsDateTheNew() {
    LocalDate today = LocalDate.now();
    LocalDate from = today.plusDays(30);
    inDirectory(
        d ->
            d.coordinationEditing()
                .assignRegion(
                    new RegionChange(
                        "GM0717",
                        "west-brabant",
                        from,
                        true,
                        "test: a planned region change",
                        null),
                    "editor-a"));
    assertEquals(
        "zeeland", inDirectory(d -> d.places().regionOf("GM0717", from.minusDays(1)).code()));
    assertEquals("west-brabant", inDirectory(d -> d.places().regionOf("GM0717", from).code()));
    assertEquals(
        "west-brabant", inDirectory(d -> d.places().regionOf("GM0717", from.plusYears(1)).code()));
    assertEquals("zeeland", inDirectory(d -> d.places().regionOf("GM0717").code()), "today");
    assertEquals(
        "zeeland",
        inDirectory(d -> d.places().regionOf("GM0717", LocalDate.of(2024, 6, 1)).code()));
    assertEquals(
        "zeeland", inDirectory(d -> d.municipalities().getByCbsCode("GM0717").region().code()));

    assertEquals(0, (int) inDirectory(d -> calendar(d).followAssignmentsOn(today)));
    assertEquals(1, (int) inDirectory(d -> calendar(d).followAssignmentsOn(from)));
    assertEquals(
        "west-brabant",
        inDirectory(d -> d.municipalities().getByCbsCode("GM0717").region().code()));
  }

  private static RegionCalendar calendar(Directory d) {
    return new RegionCalendar(new MunicipalityRepository(d.em()));
  }
}
