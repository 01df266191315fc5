package nl.wegwijzer.casework.bottleneck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.casework.service.Actor;
import nl.wegwijzer.casework.service.ActorRegions;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * Bottlenecks: coordinators record, read, correct and withdraw those of their own regions; an entry
 * of another region does not exist for them (NotFound, so that its existence does not leak).
 * Editors read only the counts of the whole country.
 */
@ApplicationScoped
@Transactional
public class BottleneckService {

  /** Days and months are Dutch ones. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** How far back an observation may lie. */
  public static final int MAX_YEARS_BACK = 10;

  /** The longest period the overview counts, so that its table stays readable. */
  public static final int MAX_OVERVIEW_MONTHS = 36;

  private final BottleneckRepository bottlenecks;
  private final ActorRegions regions;
  private final PlaceService places;

  protected BottleneckService() {
    this(null, null, null);
  }

  @Inject
  public BottleneckService(
      BottleneckRepository bottlenecks, ActorRegions regions, PlaceService places) {
    this.bottlenecks = bottlenecks;
    this.regions = regions;
    this.places = places;
  }

  public BottleneckView record(Actor actor, BottleneckEntry entry) {
    return BottleneckView.of(
        bottlenecks.add(new Bottleneck(described(actor, entry), actor.username())));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public BottleneckView get(Actor actor, long id) {
    return BottleneckView.of(own(actor, id));
  }

  /** The entries of the actor's regions, latest observation first, paged in SQL. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<BottleneckView> list(Actor actor, PageRequest page) {
    return bottlenecks.inRegions(actor.regions(), page).map(BottleneckView::of);
  }

  /**
   * Corrects an entry of the actor's regions, which may move it to another of their regions.
   *
   * @param version the version that was read; when the entry changed since, nothing is saved
   */
  public BottleneckView correct(Actor actor, long id, long version, BottleneckEntry entry) {
    Bottleneck bottleneck = own(actor, id);
    bottleneck.requireVersion(version);
    bottleneck.correct(described(actor, entry), actor.username());
    bottlenecks.flush();
    return BottleneckView.of(bottleneck);
  }

  /**
   * Withdraws an entry of the actor's regions: it is removed, description and all, and no longer
   * counted.
   */
  public void withdraw(Actor actor, long id, long version) {
    Bottleneck bottleneck = own(actor, id);
    bottleneck.requireVersion(version);
    bottlenecks.remove(bottleneck);
  }

  private Bottleneck own(Actor actor, long id) {
    Bottleneck bottleneck = bottlenecks.getById(id);
    if (!actor.covers(bottleneck.region())) {
      throw new NotFoundException("bottleneck", String.valueOf(id));
    }
    return bottleneck;
  }

  private Bottleneck.Described described(Actor actor, BottleneckEntry entry) {
    Region region = regions.own(actor, entry.region());
    if (blank(entry.category())) {
      throw new InvalidInputException("category", "is required");
    }
    BottleneckCategory category =
        Coded.parse(BottleneckCategory.class, "category", entry.category());
    CareNeed careNeed =
        blank(entry.careNeed()) ? null : Coded.parse(CareNeed.class, "careNeed", entry.careNeed());
    LocalDate today = LocalDate.now(ZONE);
    if (entry.observedOn() != null
        && (entry.observedOn().isAfter(today)
            || entry.observedOn().isBefore(today.minusYears(MAX_YEARS_BACK)))) {
      throw new InvalidInputException(
          "observedOn", "lies in the future or more than " + MAX_YEARS_BACK + " years back");
    }
    return new Bottleneck.Described(
        category, region, careNeed, entry.observedOn(), entry.description());
  }

  /**
   * The counts of the whole country (or one region) per period, region and category. Defaults: per
   * month, the twelve months up to and including this one; a quarter count runs whole quarters.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public BottleneckOverview overview(OverviewQuery query) {
    Granularity granularity =
        blank(query.granularity())
            ? Granularity.MONTH
            : Coded.parse(Granularity.class, "granularity", query.granularity());
    YearMonth to = blank(query.to()) ? YearMonth.now(ZONE) : month(query.to(), "to");
    YearMonth firstMonth =
        blank(query.from())
            ? to.minusMonths(granularity == Granularity.MONTH ? 11 : 9)
            : month(query.from(), "from");
    YearMonth start = granularity.startOf(firstMonth);
    YearMonth end = granularity.startOf(to).plusMonths(granularity.months() - 1);
    if (end.isBefore(start)) {
      throw new InvalidInputException("to", "the end of the period lies before its start");
    }
    if (start.plusMonths(MAX_OVERVIEW_MONTHS).isBefore(end.plusMonths(1))) {
      throw new InvalidInputException(
          "to", "the period is longer than " + MAX_OVERVIEW_MONTHS + " months");
    }
    List<RegionView> counted;
    if (blank(query.region())) {
      counted = places.regions();
    } else {
      counted =
          List.of(
              places
                  .findRegion(query.region().strip())
                  .map(RegionView::of)
                  .orElseThrow(
                      () -> new InvalidInputException("region", "is not a known region code")));
    }
    String regionCode = blank(query.region()) ? null : counted.get(0).code();

    Map<String, Long> counts = new HashMap<>();
    for (BottleneckRepository.Count count :
        bottlenecks.counts(start.atDay(1), end.plusMonths(1).atDay(1), granularity, regionCode)) {
      counts.put(key(count.period(), count.region(), count.category()), count.count());
    }
    List<BottleneckCategory> categories = Arrays.asList(BottleneckCategory.values());
    List<BottleneckOverview.PeriodRow> periods = new ArrayList<>();
    for (YearMonth period = start;
        !period.isAfter(end);
        period = period.plusMonths(granularity.months())) {
      LocalDate day = period.atDay(1);
      periods.add(
          new BottleneckOverview.PeriodRow(
              period,
              categories.stream().map(c -> counted(counts, key(day, null, c.name()))).toList(),
              counted(counts, key(day, null, null))));
    }
    List<BottleneckOverview.RegionRow> regionRows =
        counted.stream()
            .map(
                region ->
                    new BottleneckOverview.RegionRow(
                        region.code(),
                        region.name(),
                        categories.stream()
                            .map(c -> counted(counts, key(null, region.code(), c.name())))
                            .toList(),
                        counted(counts, key(null, region.code(), null))))
            .toList();
    return new BottleneckOverview(
        granularity.code(),
        start,
        end,
        regionCode,
        categories.stream().map(Coded::code).toList(),
        periods,
        regionRows,
        categories.stream().map(c -> counted(counts, key(null, null, c.name()))).toList(),
        counted(counts, key(null, null, null)));
  }

  private static String key(LocalDate period, String region, String category) {
    return period + "|" + region + "|" + category;
  }

  private static long counted(Map<String, Long> counts, String key) {
    return counts.getOrDefault(key, 0L);
  }

  private static YearMonth month(String value, String field) {
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "'" + value + "' is not a month (yyyy-mm)");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
