package nl.wegwijzer.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CoordinatorScope;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CoordinatorFinderTest extends DirectoryDatabaseTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  private static CoordinationSetup.Contact contact(CoordinatorScope scope, String organisation) {
    return new CoordinationSetup.Contact(scope, organisation, null, "0118-000 100", null, null);
  }

  @BeforeEach
  void setUpCoordination() {
    inDirectory(
        d -> {
          d.coordinationService()
              .apply(
                  new CoordinationSetup(
                      contact(CoordinatorScope.ALL, "National"),
                      List.of(
                          new CoordinationSetup.RegionEntry(
                              "zeeland", null, List.of(contact(CoordinatorScope.ALL, "Zeeland"))),
                          new CoordinationSetup.RegionEntry(
                              "amsterdam-amstelland",
                              18,
                              List.of(
                                  contact(CoordinatorScope.BELOW_SPLIT, "Amsterdam young"),
                                  contact(CoordinatorScope.FROM_SPLIT, "Amsterdam adult"))),
                          new CoordinationSetup.RegionEntry(
                              "rotterdam-rijnmond",
                              23,
                              List.of(
                                  contact(CoordinatorScope.BELOW_SPLIT, "Rotterdam young"),
                                  contact(CoordinatorScope.FROM_SPLIT, "Rotterdam adult"))),
                          new CoordinationSetup.RegionEntry(
                              "twente",
                              18,
                              List.of(contact(CoordinatorScope.BELOW_SPLIT, "Twente young"))))),
                  JAN_1);
          d.postcodeImport().apply(new StringReader("PC4;Gemeente2024\n4331;0687\n1012;0363\n"));
          return null;
        });
  }

  private static CoordinatorAnswer find(String place, Integer age) {
    return inDirectory(d -> d.coordinatorFinder().find(place, age));
  }

  private static CoordinatorAnswer findOn(String place, Integer age, LocalDate on) {
    return inDirectory(d -> d.coordinatorFinder().find(place, age, "place", on));
  }

  @Test
  void aMunicipalityGivesItsRegionsCoordinator() {
    CoordinatorAnswer answer = find("Middelburg", null);
    assertFalse(answer.ageNeeded());
    assertFalse(answer.nationalFallback());
    assertEquals("Zeeland", answer.coordinators().get(0).organisation());
    assertEquals("zeeland", answer.municipality().regionCode());
  }

  @Test
  void aPostcodeGivesTheSameAnswerAsItsMunicipality() {
    CoordinatorAnswer answer = find("4331 AB", null);
    assertEquals("GM0687", answer.municipality().code());
    assertEquals("4331", answer.postcode());
    assertEquals("Zeeland", answer.coordinators().get(0).organisation());
  }

  @Test
  void theAgeQuestionIsAskedOnlyWhereTheRegionSplitsByAge() {
    CoordinatorAnswer withoutAge = find("Amsterdam", null);
    assertTrue(withoutAge.ageNeeded());
    assertEquals(18, withoutAge.splitAge());
    assertEquals(2, withoutAge.coordinators().size());
    assertEquals("Amsterdam young", find("1012", 16).coordinators().get(0).organisation());
    assertEquals("Amsterdam adult", find("Amsterdam", 18).coordinators().get(0).organisation());
    assertFalse(find("Middelburg", 16).ageNeeded());
  }

  static Stream<String[]> ageBands() throws IOException {
    try (InputStream table =
        CoordinatorFinderTest.class.getResourceAsStream("/coordination/golden-age-bands.csv")) {
      return new String(table.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .map(line -> line.split(";", -1))
              .toList()
              .stream();
    }
  }

  /**
   * The golden table {@code coordination/golden-age-bands.csv}: the points listed for an unknown
   * age, an age group (the route's question) and an exact age, where the split is at 18 and at 23.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("ageBands")
  void theLookupListsThePointsWhoseAgeBandFits(
      String place, String asked, String listed, String needed) {
    CoordinatorAnswer answer =
        asked.isEmpty() || Character.isDigit(asked.charAt(0))
            ? findOn(place, asked.isEmpty() ? null : Integer.valueOf(asked), JAN_1)
            : inDirectory(
                d ->
                    d.coordinatorFinder()
                        .findForAgeGroup(
                            place, Coded.parse(AgeGroup.class, "age", asked), "place", JAN_1));

    assertEquals(listed, bands(answer), place + " " + asked);
    assertEquals(Boolean.parseBoolean(needed), answer.ageNeeded(), "age needed");
  }

  private static String bands(CoordinatorAnswer answer) {
    if (answer.nationalFallback()) {
      return "national";
    }
    return answer.coordinators().stream()
        .map(
            c ->
                switch (c.appliesTo()) {
                  case "below-split" -> "below-" + c.splitAge();
                  case "from-split" -> "from-" + c.splitAge();
                  default -> c.appliesTo();
                })
        .sorted()
        .collect(Collectors.joining(","));
  }

  @Test
  void aRegionWithoutCoordinatorFallsBackToTheNationalOne() {
    CoordinatorAnswer answer = find("Assen", null);
    assertTrue(answer.nationalFallback());
    assertEquals("National", answer.coordinators().get(0).organisation());
  }

  @Test
  void unknownPlacesAndAgesAreClearErrors() {
    UnknownPlaceException postcode =
        assertThrows(UnknownPlaceException.class, () -> find("9999", null));
    assertTrue(postcode.isPostcode());
    UnknownPlaceException name =
        assertThrows(UnknownPlaceException.class, () -> find("Atlantis", null));
    assertFalse(name.isPostcode());
    AmbiguousPlaceException bergen =
        assertThrows(AmbiguousPlaceException.class, () -> find("Bergen", null));
    assertEquals(List.of("Bergen (L.)", "Bergen (NH.)"), bergen.candidates());
    assertThrows(InvalidInputException.class, () -> find("Amsterdam", -1));
    assertThrows(InvalidInputException.class, () -> find("Amsterdam", 300));
    assertThrows(InvalidInputException.class, () -> find(" ", null));
  }

  @Test
  void aChangeFromALaterDayAnswersOnlyFromThatDayOn() {
    LocalDate march = LocalDate.of(2026, 3, 1);
    inDirectory(
        d -> {
          var service = d.coordinationService();
          return service.change(
              service.find("zeeland").orElseThrow(),
              new CoordinationRegistration(
                  "zeeland",
                  "Zeeland",
                  false,
                  march,
                  null,
                  CoordinatorScope.ALL,
                  null,
                  List.of("zeeland", "flevoland"),
                  "Zeeland and Flevoland",
                  "F. Visser",
                  "0118-000 999",
                  null,
                  null));
        });
    CoordinatorAnswer before = findOn("Middelburg", null, march.minusDays(1));
    assertEquals("Zeeland", before.coordinators().get(0).organisation());
    assertEquals(march.minusDays(1), before.on());
    CoordinatorAnswer after = findOn("Middelburg", null, march);
    assertEquals("Zeeland and Flevoland", after.coordinators().get(0).organisation());
    assertEquals("F. Visser", after.coordinators().get(0).name());
    assertEquals(march, after.coordinators().get(0).validFrom());
    // One point for two regions: Lelystad, in Flevoland, now has a coordinator of its own.
    assertTrue(findOn("Lelystad", null, march.minusDays(1)).nationalFallback());
    assertFalse(findOn("Lelystad", null, march).nationalFallback());
    assertEquals(
        "Zeeland and Flevoland",
        findOn("Lelystad", null, march).coordinators().get(0).organisation());
  }

  @Test
  void anAgeNoBandCoversAndAQuestionWithoutPlaceGoToTheNationalPoint() {
    inDirectory(
        d -> {
          var service = d.coordinationService();
          return service.change(
              service.find("amsterdam-amstelland-volwassenen").orElseThrow(),
              new CoordinationRegistration(
                  "amsterdam-amstelland-volwassenen",
                  "Amsterdam adult",
                  false,
                  JAN_1,
                  LocalDate.of(2026, 1, 31),
                  CoordinatorScope.FROM_SPLIT,
                  18,
                  List.of("amsterdam-amstelland"),
                  "Amsterdam adult",
                  null,
                  "020-000 100",
                  null,
                  null));
        });
    LocalDate february = LocalDate.of(2026, 2, 1);
    CoordinatorAnswer adult = findOn("Amsterdam", 30, february);
    assertTrue(adult.nationalFallback());
    assertEquals("National", adult.coordinators().get(0).organisation());
    assertEquals(
        "Amsterdam young", findOn("Amsterdam", 12, february).coordinators().get(0).organisation());

    CoordinatorAnswer national = inDirectory(d -> d.coordinatorFinder().national(JAN_1));
    assertTrue(national.nationalFallback());
    assertEquals("National", national.coordinators().get(0).organisation());
    assertNull(national.municipality());
    assertThrows(
        NotFoundException.class,
        () -> inDirectory(d -> d.coordinatorFinder().national(JAN_1.minusDays(1))),
        "no coordination was known before its first day");
  }
}
