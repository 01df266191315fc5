package nl.wegwijzer.directory.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.PlaceMatch;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.service.MunicipalityView;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The regions and the 342 municipalities of 2024 that the migrations ship. */
class ReferenceDataTest extends DirectoryDatabaseTest {

  private static final LocalDate TODAY = LocalDate.now(AuditTrail.ZONE);

  @AfterEach
  void putVeereBack() {
    restoreShippedRegions();
  }

  @Test
  void all342MunicipalitiesOf2024AreThereEachInOneOf35Regions() {
    List<Municipality> all = inDirectory(d -> d.municipalities().all());
    assertEquals(342, all.size());
    assertEquals(342, all.stream().map(Municipality::cbsCode).distinct().count());
    Map<String, Long> perRegion =
        all.stream().collect(Collectors.groupingBy(m -> m.region().code(), Collectors.counting()));
    assertEquals(35, perRegion.size());
    assertEquals(35, inDirectory(d -> d.regions().all()).size());
  }

  @Test
  void knownMunicipalitiesSitInTheirRegions() {
    assertEquals("zeeland", region("GM0687"));
    assertEquals("utrecht", region("GM0344"));
    assertEquals("haaglanden", region("GM0518"));
    assertEquals("amsterdam-amstelland", region("GM0363"));
    assertEquals("zuid-hollandse-eilanden", region("GM1992"));
    assertEquals("eemland", region("GM0307"));
  }

  @Test
  void municipalitiesThatMergedBefore2024AreGone() {
    assertTrue(inDirectory(d -> d.municipalities().findByCbsCode("GM0501")).isEmpty(), "Brielle");
    assertTrue(inDirectory(d -> d.municipalities().findByCbsCode("GM0457")).isEmpty(), "Weesp");
    assertFalse(inDirectory(d -> d.municipalities().findByCbsCode("GM1992")).isEmpty());
  }

  @Test
  void namesAreFoundAsPeopleTypeThem() {
    assertEquals(List.of("GM0687"), codes("middelburg"));
    assertEquals(List.of("GM0518"), codes("Den Haag"));
    assertEquals(List.of("GM0796"), codes("Den Bosch"));
    assertEquals(List.of("GM0518"), codes("'s-Gravenhage"));
    assertEquals(2, codes("Bergen").size());
    assertTrue(codes("Atlantis").isEmpty());
  }

  /**
   * A name that matched is not looked up again: the second time it must still give the same
   * municipalities, however it is typed, and each with the region it has now.
   */
  @Test
  void aNameFoundBeforeGivesTheSameMunicipalitiesWithTheirCurrentRegion() {
    inDirectory(
        d -> {
          MunicipalityRepository municipalities = d.municipalities();
          for (String typed : List.of("Veere", "Bergen", "Den Haag", "'s-Gravenhage")) {
            List<String> first = cbsCodes(municipalities.matching(typed, TODAY));
            List<String> again =
                cbsCodes(
                    municipalities.matching("  " + typed.toUpperCase(Locale.ROOT) + " ", TODAY));
            assertFalse(first.isEmpty(), typed);
            assertEquals(first, again, typed);
          }
          assertTrue(municipalities.matching("Atlantis", TODAY).isEmpty());
          assertTrue(municipalities.matching("Atlantis", TODAY).isEmpty());
          Municipality veere = municipalities.matching("veere", TODAY).get(0).municipality();
          veere.moveTo(d.regions().getByCode("utrecht"), TODAY, TODAY, "test");
          assertEquals(
              "utrecht",
              municipalities.matching("Veere", TODAY).get(0).municipality().region().code());
          return null;
        });
  }

  @Test
  void autocompletionOffersNamesStartingWithWhatWasTyped() {
    List<MunicipalityView> found = inDirectory(d -> d.municipalities().startingWith("ams", 20));
    List<String> names = found.stream().map(MunicipalityView::name).toList();
    assertTrue(names.contains("Amsterdam"));
    assertTrue(names.contains("Amstelveen"));
    assertEquals(
        "amsterdam-amstelland",
        found.stream()
            .filter(m -> m.name().equals("Amsterdam"))
            .findFirst()
            .orElseThrow()
            .regionCode());
    int all = inDirectory(d -> d.municipalities().all().size());
    assertEquals(all, inDirectory(d -> d.municipalities().startingWith("", all)).size());
    assertTrue(inDirectory(d -> d.municipalities().startingWith("%", 20)).isEmpty());
  }

  private static String region(String cbsCode) {
    return inDirectory(d -> d.municipalities().getByCbsCode(cbsCode).region().code());
  }

  private static List<String> cbsCodes(List<PlaceMatch> matches) {
    return matches.stream().map(match -> match.municipality().cbsCode()).sorted().toList();
  }

  private static List<String> codes(String typed) {
    return cbsCodes(inDirectory(d -> d.municipalities().matching(typed, TODAY)));
  }
}
