package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.wegwijzer.content.service.RouteAnswer.RouteRegulation;
import nl.wegwijzer.content.service.RouteAnswer.RouteStep;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.support.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The tailored route ("route op maat") on the seed content. */
class RouteTest extends ContentDatabaseTest {

  private static RouteAnswer route(
      String age, String nationality, String form, String report, String municipality) {
    return inContent(
        c -> c.routes().route(new RouteQuestions(age, nationality, form, report, municipality)));
  }

  private static Optional<RouteRegulation> regulation(RouteAnswer route, String slug) {
    return route.phases().stream()
        .flatMap(p -> p.steps().stream())
        .flatMap(s -> s.regulations().stream())
        .filter(r -> r.slug().equals(slug))
        .findFirst();
  }

  @Test
  void aNonEuAdultVictimOfLabourExploitationWhoDoesNotReportGetsTheReflectionPeriod() {
    RouteAnswer route = route("adult", "non-eu", "labour", "no", null);
    RouteRegulation reflection = regulation(route, "bedenktijd").orElseThrow();
    assertEquals("applies", reflection.verdict());
    assertTrue(reflection.dependsOn().isEmpty());
    assertTrue(regulation(route, "achterstallig-loon").isPresent());
    assertTrue(regulation(route, "verblijf-zonder-aangifte").isPresent());
    assertFalse(regulation(route, "verblijfsvergunning-slachtoffer-mensenhandel").isPresent());
    assertFalse(regulation(route, "bescherming-minderjarigen").isPresent());
    assertTrue(route.openQuestions().isEmpty());
    assertEquals(4, route.phases().size());
    RouteStep residence =
        route.phases().get(1).steps().stream()
            .filter(s -> s.slug().equals("verblijf"))
            .findFirst()
            .orElseThrow();
    assertTrue(residence.careNeeds().contains("residence-advice"));
    assertEquals("non-eu", route.profile().nationality());

    assertEquals(
        "applies",
        regulation(route("adult", "non-eu", "labour", "undecided", null), "bedenktijd")
            .orElseThrow()
            .verdict());
  }

  @Test
  void aDutchAdultDoesNotGetTheReflectionPeriod() {
    RouteAnswer route = route("adult", "dutch", "sexual-domestic", "no", null);
    assertFalse(regulation(route, "bedenktijd").isPresent());
    assertFalse(regulation(route, "verblijfsvergunning-slachtoffer-mensenhandel").isPresent());
    assertFalse(regulation(route, "achterstallig-loon").isPresent());
    assertTrue(regulation(route, "gratis-rechtsbijstand").isPresent());
    assertTrue(regulation(route, "schadefonds-geweldsmisdrijven").isPresent());
  }

  @Test
  void withoutAnswersEveryRegulationMayApplyAndSaysOnWhat() {
    RouteAnswer route = route(null, null, null, null, null);
    RouteRegulation reflection = regulation(route, "bedenktijd").orElseThrow();
    assertEquals("may-apply", reflection.verdict());
    assertEquals(List.of("nationality", "report"), reflection.dependsOn());
    assertEquals("applies", regulation(route, "recht-op-een-tolk").orElseThrow().verdict());
    assertEquals(List.of("age", "nationality", "form", "report"), route.openQuestions());
    assertNull(route.municipality());

    RouteRegulation onlyNationality =
        regulation(route(null, "non-eu", null, null, null), "bedenktijd").orElseThrow();
    assertEquals(List.of("report"), onlyNationality.dependsOn());
  }

  @Test
  void aMinorGetsTheProtectionForMinors() {
    RouteAnswer route = route("minor", "eu", null, null, null);
    assertEquals("applies", regulation(route, "bescherming-minderjarigen").orElseThrow().verdict());
    assertEquals(
        "applies",
        regulation(route, "voogdij-alleenstaande-minderjarigen").orElseThrow().verdict());
    assertFalse(regulation(route, "opvang-buitenlandse-slachtoffers").isPresent());
    assertFalse(regulation(route, "bedenktijd").isPresent());
  }

  @Test
  void theMunicipalityIsResolvedByTheDirectory() {
    RouteAnswer route = route(null, null, null, null, "middelburg");
    assertEquals("GM0687", route.municipality().code());
    assertEquals("zeeland", route.municipality().regionCode());
    assertEquals(
        "municipality",
        assertThrows(InvalidInputException.class, () -> route(null, null, null, null, "Atlantis"))
            .field());
  }

  @Test
  void wrongAnswersAreBadInputNamingTheQuestion() {
    assertEquals(
        "age",
        assertThrows(InvalidInputException.class, () -> route("old", null, null, null, null))
            .field());
    assertEquals(
        "report",
        assertThrows(InvalidInputException.class, () -> route(null, null, null, "misschien", null))
            .field());
  }
}
