package nl.wegwijzer.casework.bottleneck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.wegwijzer.casework.service.Actor;
import nl.wegwijzer.casework.service.ActorRegions;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bottlenecks on PostgreSQL, each call in its own committed transaction as in the server. */
class BottleneckServiceTest {

  private static final Actor ZEELAND = new Actor("coordinator-zeeland", Set.of("zeeland"));
  private static final Actor UTRECHT = new Actor("coordinator-utrecht", Set.of("utrecht"));
  private static final Actor BOTH = new Actor("coordinator-both", Set.of("zeeland", "utrecht"));

  @BeforeAll
  static void openDatabase() {
    TestDatabase.open("casework-test", "directory", "content", "casework");
  }

  @BeforeEach
  void noBottlenecks() {
    TestDatabase.execute("delete from casework.bottleneck");
  }

  private static <T> T inService(Function<BottleneckService, T> work) {
    return TestDatabase.inTransaction(
        (EntityManager em) ->
            work.apply(
                new BottleneckService(
                    new BottleneckRepository(em),
                    new ActorRegions(new DirectoryDatabaseTest.Directory(em).places()),
                    new DirectoryDatabaseTest.Directory(em).places())));
  }

  private static BottleneckEntry entry(String category, String region, LocalDate on, String text) {
    return new BottleneckEntry(category, region, null, on, text);
  }

  private static final LocalDate TODAY = LocalDate.now(BottleneckService.ZONE);

  private static BottleneckView record(Actor who, BottleneckEntry entry) {
    return inService(s -> s.record(who, entry));
  }

  private static void withdraw(Actor who, long id, long version) {
    inService(
        s -> {
          s.withdraw(who, id, version);
          return null;
        });
  }

  @Test
  void aActorRecordsForAndSeesOnlyTheirOwnRegions() {
    BottleneckView zeeland =
        record(ZEELAND, entry("no-shelter-place", "zeeland", TODAY, "Geen opvangplek vrij."));
    record(UTRECHT, entry("no-interpreter", "utrecht", TODAY, "Geen tolk Tigrinya."));

    assertEquals("zeeland", zeeland.regionCode());
    assertEquals("no-shelter-place", zeeland.category());
    assertEquals("coordinator-zeeland", zeeland.recordedBy());

    Page<BottleneckView> own = inService(s -> s.list(ZEELAND, PageRequest.first(20)));
    assertEquals(1, own.totalItems());
    assertEquals(zeeland.id(), own.items().get(0).id());
    assertEquals(2, inService(s -> s.list(BOTH, PageRequest.first(20))).totalItems());
    assertEquals(
        0,
        inService(s -> s.list(new Actor("nobody", Set.of()), PageRequest.first(20))).totalItems());

    assertThrows(
        NotFoundException.class,
        () -> record(ZEELAND, entry("no-interpreter", "utrecht", TODAY, "Niet mijn regio.")));
    assertThrows(NotFoundException.class, () -> inService(s -> s.get(UTRECHT, zeeland.id())));
    assertThrows(
        NotFoundException.class,
        () ->
            inService(
                s ->
                    s.correct(
                        UTRECHT,
                        zeeland.id(),
                        zeeland.version(),
                        entry("other", "utrecht", TODAY, "Overgenomen."))));
    assertThrows(NotFoundException.class, () -> withdraw(UTRECHT, zeeland.id(), zeeland.version()));
    assertEquals(zeeland, inService(s -> s.get(ZEELAND, zeeland.id())));
  }

  @Test
  void theListIsPagedLatestObservationFirst() {
    for (int i = 0; i < 5; i++) {
      record(ZEELAND, entry("care-waiting-list", "zeeland", TODAY.minusDays(i), "Wachtlijst " + i));
    }
    Page<BottleneckView> first = inService(s -> s.list(ZEELAND, new PageRequest(1, 2)));
    assertEquals(5, first.totalItems());
    assertEquals(3, first.totalPages());
    assertEquals(
        List.of("Wachtlijst 0", "Wachtlijst 1"),
        first.items().stream().map(BottleneckView::description).toList());
    assertEquals(
        List.of("Wachtlijst 4"),
        inService(s -> s.list(ZEELAND, new PageRequest(3, 2))).items().stream()
            .map(BottleneckView::description)
            .toList());
  }

  @Test
  void personalDataInTheDescriptionIsRefusedAndNothingIsSaved() {
    for (var bad :
        List.of(
            "Cliënt bereikbaar via k.devries@example.com",
            "Geboren 12-04-2001, geen plek",
            "Bel haar op 06 12 34 56 78",
            "BSN 123456782 bij de IND")) {
      PersonalDataException refused =
          assertThrows(
              PersonalDataException.class,
              () -> record(ZEELAND, entry("other", "zeeland", TODAY, bad)));
      assertEquals("description", refused.field());
    }
    assertEquals(
        PersonalData.Kind.EMAIL,
        assertThrows(
                PersonalDataException.class,
                () -> record(ZEELAND, entry("other", "zeeland", TODAY, "x@y.nl")))
            .kind());
    assertEquals(0, inService(s -> s.list(ZEELAND, PageRequest.first(20))).totalItems());

    BottleneckView saved = record(ZEELAND, entry("other", "zeeland", TODAY, "Zonder gegevens."));
    assertThrows(
        PersonalDataException.class,
        () ->
            inService(
                s ->
                    s.correct(
                        ZEELAND,
                        saved.id(),
                        saved.version(),
                        entry("other", "zeeland", TODAY, "Mail naar a@b.nl"))));
    assertEquals("Zonder gegevens.", inService(s -> s.get(ZEELAND, saved.id())).description());
  }

  @Test
  void otherRulesOfAnEntry() {
    assertEquals(
        "description",
        assertThrows(
                InvalidInputException.class,
                () -> record(ZEELAND, entry("other", "zeeland", TODAY, "x".repeat(501))))
            .field());
    assertEquals(
        "description",
        assertThrows(
                InvalidInputException.class,
                () -> record(ZEELAND, entry("other", "zeeland", TODAY, "  ")))
            .field());
    assertEquals(
        "observedOn",
        assertThrows(
                InvalidInputException.class,
                () -> record(ZEELAND, entry("other", "zeeland", TODAY.plusDays(1), "Morgen.")))
            .field());
    assertEquals(
        "observedOn",
        assertThrows(
                InvalidInputException.class,
                () -> record(ZEELAND, entry("other", "zeeland", null, "Geen datum.")))
            .field());
    assertEquals(
        "category",
        assertThrows(
                InvalidInputException.class,
                () -> record(ZEELAND, entry("everything", "zeeland", TODAY, "Onbekend.")))
            .field());
    assertEquals(
        "careNeed",
        assertThrows(
                InvalidInputException.class,
                () -> record(ZEELAND, entry("no-care-in-region", "zeeland", TODAY, "Welke?")))
            .field());
    BottleneckView withNeed =
        record(
            ZEELAND,
            new BottleneckEntry(
                "no-care-in-region", "zeeland", "psychological-care", TODAY, "Geen traumazorg."));
    assertEquals("psychological-care", withNeed.careNeed());
  }

  @Test
  void correctionsAndWithdrawalsUseOptimisticLocking() {
    BottleneckView first =
        record(BOTH, entry("no-shelter-place", "zeeland", TODAY, "Geen plek in Zeeland."));
    BottleneckView corrected =
        inService(
            s ->
                s.correct(
                    BOTH,
                    first.id(),
                    first.version(),
                    entry("care-waiting-list", "utrecht", TODAY.minusDays(3), "Wachtlijst.")));
    assertEquals("utrecht", corrected.regionCode());
    assertEquals("care-waiting-list", corrected.category());
    assertEquals("coordinator-both", corrected.changedBy());
    assertEquals(first.version() + 1, corrected.version());
    assertNull(first.changedAt());

    assertThrows(
        ConflictException.class,
        () ->
            inService(
                s ->
                    s.correct(
                        BOTH,
                        first.id(),
                        first.version(),
                        entry("other", "utrecht", TODAY, "Verouderd formulier."))));
    assertThrows(ConflictException.class, () -> withdraw(BOTH, first.id(), first.version()));
    assertEquals("Wachtlijst.", inService(s -> s.get(BOTH, first.id())).description());

    withdraw(BOTH, corrected.id(), corrected.version());
    assertThrows(NotFoundException.class, () -> inService(s -> s.get(BOTH, first.id())));
  }

  @Test
  void theOverviewCountsPerCategoryRegionAndMonthInSql() {
    YearMonth thisMonth = YearMonth.now(BottleneckService.ZONE);
    YearMonth lastMonth = thisMonth.minusMonths(1);
    record(ZEELAND, entry("no-shelter-place", "zeeland", thisMonth.atDay(1), "Een."));
    record(ZEELAND, entry("no-shelter-place", "zeeland", thisMonth.atDay(1), "Twee."));
    record(ZEELAND, entry("no-interpreter", "zeeland", lastMonth.atDay(1), "Drie."));
    record(UTRECHT, entry("no-shelter-place", "utrecht", lastMonth.atEndOfMonth(), "Vier."));
    // outside the default period of twelve months
    record(UTRECHT, entry("other", "utrecht", thisMonth.minusMonths(12).atDay(1), "Oud."));

    BottleneckOverview overview = inService(s -> s.overview(OverviewQuery.DEFAULT));
    assertEquals("month", overview.granularity());
    assertEquals(thisMonth.minusMonths(11), overview.from());
    assertEquals(thisMonth, overview.to());
    assertEquals(12, overview.periods().size());
    assertEquals(35, overview.regions().size());
    assertEquals(4, overview.total());
    int shelter = overview.categories().indexOf("no-shelter-place");
    int interpreter = overview.categories().indexOf("no-interpreter");
    int other = overview.categories().indexOf("other");
    assertEquals(3, overview.categoryTotals().get(shelter));
    assertEquals(1, overview.categoryTotals().get(interpreter));
    assertEquals(0, overview.categoryTotals().get(other));

    BottleneckOverview.PeriodRow now = overview.periods().get(11);
    assertEquals(thisMonth, now.start());
    assertEquals(2, now.counts().get(shelter));
    assertEquals(2, now.total());
    BottleneckOverview.PeriodRow before = overview.periods().get(10);
    assertEquals(1, before.counts().get(shelter));
    assertEquals(1, before.counts().get(interpreter));
    assertEquals(2, before.total());
    assertEquals(0, overview.periods().get(0).total());

    BottleneckOverview.RegionRow zeeland = region(overview, "zeeland");
    assertEquals(2, zeeland.counts().get(shelter));
    assertEquals(1, zeeland.counts().get(interpreter));
    assertEquals(3, zeeland.total());
    assertEquals(1, region(overview, "utrecht").total());
    assertEquals(0, region(overview, "groningen").total());

    BottleneckOverview onlyUtrecht =
        inService(
            s ->
                s.overview(
                    new OverviewQuery(
                        "month", thisMonth.minusMonths(12).toString(), null, "utrecht")));
    assertEquals(13, onlyUtrecht.periods().size());
    assertEquals(1, onlyUtrecht.regions().size());
    assertEquals(2, onlyUtrecht.total());
    assertEquals(1, onlyUtrecht.periods().get(0).counts().get(other));

    BottleneckOverview quarters =
        inService(s -> s.overview(new OverviewQuery("quarter", null, null, null)));
    assertEquals(4, quarters.periods().size());
    assertEquals(1, quarters.from().getMonthValue() % 3, "a quarter starts in jan, apr, jul, oct");
    assertEquals(
        quarters.total(),
        quarters.periods().stream().mapToLong(BottleneckOverview.PeriodRow::total).sum());
  }

  @Test
  void theOverviewRefusesAWrongPeriod() {
    assertEquals(
        "to",
        assertThrows(
                InvalidInputException.class,
                () ->
                    inService(s -> s.overview(new OverviewQuery(null, "2026-05", "2026-01", null))))
            .field());
    assertEquals(
        "to",
        assertThrows(
                InvalidInputException.class,
                () ->
                    inService(s -> s.overview(new OverviewQuery(null, "2020-01", "2026-01", null))))
            .field());
    assertEquals(
        "from",
        assertThrows(
                InvalidInputException.class,
                () -> inService(s -> s.overview(new OverviewQuery(null, "gisteren", null, null))))
            .field());
    assertEquals(
        "region",
        assertThrows(
                InvalidInputException.class,
                () -> inService(s -> s.overview(new OverviewQuery(null, null, null, "atlantis"))))
            .field());
    assertEquals(
        "granularity",
        assertThrows(
                InvalidInputException.class,
                () -> inService(s -> s.overview(new OverviewQuery("week", null, null, null))))
            .field());
  }

  private static BottleneckOverview.RegionRow region(BottleneckOverview overview, String code) {
    return overview.regions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }
}
