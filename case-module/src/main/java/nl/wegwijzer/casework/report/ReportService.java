package nl.wegwijzer.casework.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.wegwijzer.casework.model.Nationalities;
import nl.wegwijzer.casework.service.Actor;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Figures on registered signals: per region for its coordinator, and a national export that is
 * anonymised (only codes and counts, every count below 5 suppressed). Counted in SQL, one grouped
 * query per report.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

  private static final String REGISTERED =
      " from casework.signal s join directory.region r on r.id = s.region_id"
          + " left join casework.case_file c on c.id = s.case_id"
          + " where s.status = 'REGISTERED' and s.intake_date between ?1 and ?2";
  private static final String GROUPED =
      "select r.code, s.reporter_type, s.minor, s.nationality,"
          + " case when c.id is null then 'no-case' when c.status = 'OPEN' then 'open'"
          + " else lower(replace(c.close_reason, '_', '-')) end, count(*)"
          + REGISTERED;
  private static final String GROUP_BY = " group by 1, 2, 3, 4, 5";

  /**
   * A person is counted under each form they may be exploited in, so the form counts add up to more
   * than the persons when someone is exploited in several forms at once.
   */
  private static final String BY_FORM =
      "select r.code, f.form, count(*)"
          + REGISTERED.replace(
              " where ", " left join casework.signal_form f on f.signal_id = s.id where ");

  private static final String BY_FORM_GROUP = " group by 1, 2";
  private static final CSVFormat NATIONAL_CSV =
      CSVFormat.DEFAULT
          .builder()
          .setHeader("region", "dimension", "value", "count")
          .setRecordSeparator('\n')
          .get();

  private final EntityManager em;

  protected ReportService() {
    this(null);
  }

  @Inject
  public ReportService(EntityManager em) {
    this.em = em;
  }

  /** A region's figures, for a coordinator of that region; another region is not found. */
  public RegionFigures region(Actor actor, String region, LocalDate from, LocalDate until) {
    checkPeriod(from, until);
    if (!actor.regions().contains(region)) {
      throw new NotFoundException("region", region);
    }
    Map<String, RegionFigures> byRegion = count(from, until, region);
    return byRegion.getOrDefault(region, empty(region, from, until));
  }

  /**
   * The national export as CSV: region, dimension, value, count; counts below 5 as "&lt;5". Per
   * region first the total of persons ("total,persons"), then each dimension; under "form" a person
   * counts once for each form. Only codes, never a reference, a date of a signal or a free text.
   */
  public String nationalCsv(LocalDate from, LocalDate until) {
    checkPeriod(from, until);
    StringBuilder csv = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(csv, NATIONAL_CSV)) {
      for (RegionFigures figures : count(from, until, null).values()) {
        // the persons once each: the form counts hold a person once per form
        printer.printRecord(
            figures.region(), "total", "persons", SmallCounts.show(figures.total()));
        for (Map.Entry<Dimension, Map<String, Long>> dimension :
            new TreeMap<>(figures.counts()).entrySet()) {
          for (Map.Entry<String, Long> value : dimension.getValue().entrySet()) {
            printer.printRecord(
                figures.region(),
                dimension.getKey().code(),
                value.getKey(),
                SmallCounts.show(value.getValue()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv.toString();
  }

  private Map<String, RegionFigures> count(LocalDate from, LocalDate until, String onlyRegion) {
    Map<String, Map<Dimension, Map<String, Long>>> counts = new TreeMap<>();
    Map<String, Long> totals = new TreeMap<>();
    for (Object[] row : rows(GROUPED, GROUP_BY, from, until, onlyRegion)) {
      String region = (String) row[0];
      long count = ((Number) row[5]).longValue();
      Map<Dimension, Map<String, Long>> regionCounts =
          counts.computeIfAbsent(region, r -> new EnumMap<>(Dimension.class));
      add(regionCounts, Dimension.REPORTER_TYPE, code((String) row[1]), count);
      add(regionCounts, Dimension.AGE_GROUP, ageGroup((Boolean) row[2]), count);
      add(regionCounts, Dimension.NATIONALITY_GROUP, nationalityGroup((String) row[3]), count);
      add(regionCounts, Dimension.OUTCOME, (String) row[4], count);
      totals.merge(region, count, Long::sum);
    }
    for (Object[] row : rows(BY_FORM, BY_FORM_GROUP, from, until, onlyRegion)) {
      add(
          counts.computeIfAbsent((String) row[0], r -> new EnumMap<>(Dimension.class)),
          Dimension.FORM,
          code((String) row[1]),
          ((Number) row[2]).longValue());
    }
    Map<String, RegionFigures> figures = new TreeMap<>();
    counts.forEach(
        (region, c) ->
            figures.put(region, new RegionFigures(region, from, until, totals.get(region), c)));
    return figures;
  }

  private List<Object[]> rows(
      String select, String groupBy, LocalDate from, LocalDate until, String onlyRegion) {
    var query =
        em.createNativeQuery(select + (onlyRegion == null ? "" : " and r.code = ?3") + groupBy)
            .setParameter(1, from)
            .setParameter(2, until);
    if (onlyRegion != null) {
      query.setParameter(3, onlyRegion);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows;
  }

  private static void add(
      Map<Dimension, Map<String, Long>> counts, Dimension dimension, String value, long count) {
    counts.computeIfAbsent(dimension, d -> new TreeMap<>()).merge(value, count, Long::sum);
  }

  private static String code(String constant) {
    return constant == null
        ? "unknown"
        : constant.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static String ageGroup(Boolean minor) {
    return minor == null ? "unknown" : minor ? "minor" : "adult";
  }

  private static String nationalityGroup(String nationality) {
    var group = nationality == null ? null : Nationalities.groupOf(nationality.strip());
    return group == null ? "unknown" : group.code();
  }

  private static RegionFigures empty(String region, LocalDate from, LocalDate until) {
    return new RegionFigures(region, from, until, 0, Map.of());
  }

  private static void checkPeriod(LocalDate from, LocalDate until) {
    if (from == null || until == null) {
      throw new InvalidInputException(from == null ? "from" : "until", "is required");
    }
    if (until.isBefore(from)) {
      throw new InvalidInputException("until", "the end of the period lies before its start");
    }
  }
}
