package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
    RouteAnswer route = route("adult", "dutch", "sexual", "no", null);
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

  /**
   * The answers are never stored: the whole route, with every optional question, is computed in a
   * read-only database transaction, in which PostgreSQL refuses any write.
   */
  @Test
  void theRouteWritesNothing() {
    RouteAnswer answer =
        inContent(
            c -> {
              try (Statement statement = c.em().unwrap(Connection.class).createStatement()) {
                statement.execute("set transaction read only");
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
              assertEquals(
                  "on",
                  c.em()
                      .createNativeQuery("select current_setting('transaction_read_only')")
                      .getSingleResult(),
                  "the route's queries run in that transaction");
              return c.routes()
                  .route(
                      new RouteQuestions(
                          "adult",
                          "non-eu",
                          "labour",
                          "no",
                          "Middelburg",
                          "female",
                          List.of("nl", "ti"),
                          true));
            });
    assertEquals("female", answer.profile().gender());
    assertEquals(List.of("nl", "ti"), answer.profile().languages());
    assertEquals("shelter", answer.tonight().need());
    assertFalse(answer.help().isEmpty());
  }

  @Test
  void theOptionalQuestionsAreCheckedToo() {
    assertEquals(
        "gender",
        assertThrows(
                InvalidInputException.class,
                () ->
                    inContent(
                        c ->
                            c.routes()
                                .route(
                                    new RouteQuestions(
                                        null, null, null, null, null, "vrouw", List.of(), false))))
            .field());
    assertEquals(
        "language",
        assertThrows(
                InvalidInputException.class,
                () ->
                    inContent(
                        c ->
                            c.routes()
                                .route(
                                    new RouteQuestions(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        List.of("tigrinya!"),
                                        false))))
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

  @Test
  void whatDoesNotApplyIsListedWithItsReasonAndEveryAnswerNamesItsRuleVersion() {
    RouteAnswer dutch = route("adult", "dutch", null, "no", null);
    assertFalse(regulation(dutch, "bedenktijd").isPresent());
    RouteRegulation reflection =
        dutch.phases().stream()
            .flatMap(p -> p.steps().stream())
            .flatMap(s -> s.notApplying().stream())
            .filter(r -> r.slug().equals("bedenktijd"))
            .findFirst()
            .orElseThrow();
    assertEquals("does-not-apply", reflection.verdict());
    assertEquals("fails-nationality", reflection.reasonKey());
    assertEquals("B8/3-2023", reflection.ruleVersion());
    RouteAnswer.RouteReason nationality =
        reflection.reasons().stream()
            .filter(r -> r.question().equals("nationality"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("non-eu"), nationality.allowed());
    assertEquals("dutch", nationality.answer());
    assertEquals("fails", nationality.outcome());

    RouteRegulation legalAid = regulation(dutch, "gratis-rechtsbijstand").orElseThrow();
    assertEquals("for-everyone", legalAid.reasonKey());
    assertEquals("2011-12", legalAid.ruleVersion());

    RouteAnswer in2015 =
        inContent(
            c ->
                c.routes()
                    .route(
                        new RouteQuestions("adult", "non-eu", null, "no", null),
                        java.time.LocalDate.of(2015, 1, 1)));
    RouteRegulation old = regulation(in2015, "bedenktijd").orElseThrow();
    assertEquals("B9-2011", old.ruleVersion());
    assertTrue(old.legalBasis().contains("B9"), old.legalBasis());
    assertEquals(java.time.LocalDate.of(2015, 1, 1), in2015.on());
  }
}
