package nl.wegwijzer.casework.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.wegwijzer.casework.bottleneck.PersonalDataException;
import nl.wegwijzer.casework.service.ActorRegions;
import nl.wegwijzer.casework.testing.CaseworkDatabaseTest;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.PageRequest;
import org.junit.jupiter.api.Test;

/** The register of knowledge transfer and its counts on PostgreSQL. */
class KnowledgeServiceTest extends CaseworkDatabaseTest {

  private static final LocalDate DAY = LocalDate.now(KnowledgeService.ZONE).minusDays(10);

  private static <T> T inRegister(Function<KnowledgeService, T> work) {
    return inCasework(
        c ->
            work.apply(
                new KnowledgeService(
                    new KnowledgeRepository(c.em()),
                    new ActorRegions(c.directory().places()),
                    c.directory().places())));
  }

  private static KnowledgeEntry given(
      String kind, String region, LocalDate on, int participants, String... forms) {
    return new KnowledgeEntry(
        kind,
        region,
        on,
        "police",
        "Politie Zeeland-West-Brabant",
        participants,
        "Signalen van arbeidsuitbuiting herkennen",
        List.of(forms));
  }

  @Test
  void aCoordinatorRecordsForTheirRegionAndAnotherRegionFindsNothing() {
    KnowledgeView training =
        inRegister(s -> s.record(ZEELAND, given("training", "zeeland", DAY, 25, "labour")));
    assertEquals("training", training.kind());
    assertEquals(List.of("labour"), training.forms());
    assertEquals(1, inRegister(s -> s.list(ZEELAND, PageRequest.first(20))).totalItems());
    assertEquals(0, inRegister(s -> s.list(UTRECHT, PageRequest.first(20))).totalItems());
    assertThrows(NotFoundException.class, () -> inRegister(s -> s.get(UTRECHT, training.id())));
    assertThrows(
        NotFoundException.class,
        () -> inRegister(s -> s.record(ZEELAND, given("advice", "utrecht", DAY, 1))));
    assertThrows(
        NotFoundException.class,
        () ->
            inRegister(
                s -> {
                  s.withdraw(UTRECHT, training.id(), training.version());
                  return null;
                }));
    assertThrows(
        NotFoundException.class,
        () -> inRegister(s -> s.regionFigures(UTRECHT, "zeeland", DAY, DAY)));

    KnowledgeView corrected =
        inRegister(
            s ->
                s.correct(
                    ZEELAND,
                    training.id(),
                    training.version(),
                    given("presentation", "zeeland", DAY, 30, "labour", "criminal")));
    assertEquals("presentation", corrected.kind());
    assertEquals(List.of("labour", "criminal"), corrected.forms());
    assertThrows(
        ConflictException.class,
        () ->
            inRegister(
                s ->
                    s.correct(
                        ZEELAND,
                        training.id(),
                        training.version(),
                        given("advice", "zeeland", DAY, 1))));
  }

  @Test
  void theCountsPerRegionKindAndFormIncludeZeros() {
    inRegister(s -> s.record(ZEELAND, given("training", "zeeland", DAY, 25, "labour", "criminal")));
    inRegister(
        s -> s.record(ZEELAND, given("training", "zeeland", DAY.minusDays(1), 10, "labour")));
    inRegister(s -> s.record(ZEELAND, given("advice", "zeeland", DAY, 2)));
    inRegister(
        s -> s.record(UTRECHT, given("presentation", "utrecht", DAY, 40, "sexual-domestic")));
    inRegister(s -> s.record(UTRECHT, given("presentation", "utrecht", DAY.minusDays(5), 99)));

    KnowledgeFigures zeeland =
        inRegister(s -> s.regionFigures(ZEELAND, "zeeland", DAY.minusDays(1), DAY));
    assertEquals(List.of("training", "presentation", "advice"), zeeland.kinds());
    assertEquals(1, zeeland.regions().size());
    KnowledgeFigures.RegionRow row = zeeland.regions().get(0);
    assertEquals(List.of(2L, 0L, 1L), row.activitiesPerKind());
    assertEquals(3, row.activities());
    assertEquals(37, row.participants());
    assertEquals(2L, zeeland.activitiesPerForm().get("labour"), "an activity per form it covered");
    assertEquals(1L, zeeland.activitiesPerForm().get("criminal"));
    assertEquals(0L, zeeland.activitiesPerForm().get("organ"));
    assertEquals(
        List.of(
            "sexual-domestic",
            "sexual-cross-border",
            "labour",
            "criminal",
            "forced-begging",
            "organ",
            "other"),
        List.copyOf(zeeland.activitiesPerForm().keySet()),
        "every form, in the national registration's order");

    KnowledgeFigures national = inRegister(s -> s.nationalFigures(null, DAY.minusDays(1), DAY));
    assertEquals(35, national.regions().size(), "every region is a row");
    assertEquals(4, national.activities(), "the presentation before the period is left out");
    assertEquals(77, national.participants());
    assertEquals(1L, national.activitiesPerForm().get("sexual-domestic"));
    assertEquals(
        0,
        national.regions().stream()
            .filter(r -> r.code().equals("groningen"))
            .findFirst()
            .orElseThrow()
            .activities());
    assertThrows(
        InvalidInputException.class,
        () -> inRegister(s -> s.nationalFigures(null, DAY, DAY.minusDays(1))));
    KnowledgeFigures utrecht = inRegister(s -> s.nationalFigures("utrecht", DAY.minusDays(1), DAY));
    assertEquals(List.of("utrecht"), utrecht.regions().stream().map(r -> r.code()).toList());
    assertEquals(1, utrecht.activities(), "an editor may count one region");
    assertThrows(
        InvalidInputException.class,
        () -> inRegister(s -> s.nationalFigures("atlantis", DAY.minusDays(1), DAY)));
  }

  @Test
  void personalDataAndImpossibleValuesAreRefused() {
    assertThrows(
        PersonalDataException.class,
        () ->
            inRegister(
                s ->
                    s.record(
                        ZEELAND,
                        new KnowledgeEntry(
                            "advice",
                            "zeeland",
                            DAY,
                            "care",
                            null,
                            1,
                            "Advies over mevrouw, bereikbaar op 06-12345678",
                            List.of()))));
    for (KnowledgeEntry wrong :
        List.of(
            given("training", "zeeland", DAY, 0),
            given("training", "zeeland", LocalDate.now(KnowledgeService.ZONE).plusDays(1), 5),
            given("lecture", "zeeland", DAY, 5),
            given("training", "zeeland", DAY, 5, "unknown-form"),
            new KnowledgeEntry("training", "zeeland", DAY, null, null, 5, "Onderwerp", List.of()),
            new KnowledgeEntry(
                "training", "zeeland", DAY, "police", null, null, "Onderwerp", List.of()))) {
      assertThrows(InvalidInputException.class, () -> inRegister(s -> s.record(ZEELAND, wrong)));
    }
  }
}
