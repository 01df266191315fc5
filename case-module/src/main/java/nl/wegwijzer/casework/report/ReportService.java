package nl.wegwijzer.casework.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.wegwijzer.casework.service.Actor;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Figures on registered signals and the persons they are about: per region for its coordinator, and
 * a national export that is anonymised (only codes, labels and counts; small counts hidden, and a
 * second cell hidden wherever a total would give a hidden one away, see {@link Suppression}). The
 * signals of the period are read in one query, codes only, and counted per person here: a person's
 * forms, reporters and age group come from all of their signals.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

  /** The code of the country's row in the national export. */
  public static final String NATIONAL = "nederland";

  static final String TOTAL = "total";
  static final String PERSONS = "persons";
  static final String SIGNALS = "signals";

  /**
   * A case's signals count in the case's region (the region it was moved to, if it was); the
   * outcome of a signal is its case's.
   */
  private static final String REGISTERED =
      "select r.code, s.id, s.case_id, s.reporter_type, s.minor, s.nationality_group,"
          + " case when c.id is null then 'no-case' when c.status = 'OPEN' then 'open'"
          + " else lower(replace(c.close_reason, '_', '-')) end,"
          + " (select string_agg(f.form, ',') from casework.signal_form f"
          + " where f.signal_id = s.id)"
          + " from casework.signal s left join casework.case_file c on c.id = s.case_id"
          + " join directory.region r on r.id = coalesce(c.region_id, s.region_id)"
          + " where s.status = 'REGISTERED' and s.intake_date between ?1 and ?2";

  private static final CSVFormat NATIONAL_CSV =
      CSVFormat.DEFAULT
          .builder()
          .setHeader(
              "regio_code",
              "regio",
              "indeling_code",
              "indeling",
              "waarde_code",
              "waarde",
              "personen",
              "signalen")
          .setRecordSeparator('\n')
          .get();

  private final EntityManager em;
  private final PlaceService places;

  protected ReportService() {
    this(null, null);
  }

  @Inject
  public ReportService(EntityManager em, PlaceService places) {
    this.em = em;
    this.places = places;
  }

  /** A region's figures, for a coordinator of that region; another region is not found. */
  public RegionFigures region(Actor actor, String region, LocalDate from, LocalDate until) {
    checkPeriod(from, until);
    if (!actor.regions().contains(region)) {
      throw new NotFoundException("region", region);
    }
    return count(from, until, region)
        .getOrDefault(region, new Tally().figures(region, from, until));
  }

  /**
   * The national export as CSV: the country's totals first, then per region (every region) its
   * totals and one line per value: the region's code and name, the dimension's code and name, the
   * value's code and name, then the persons and the signals ("total" lines hold the totals). Counts
   * that could point to a person read {@link SmallCounts#SUPPRESSED}. Never a reference, a date of
   * a signal or a text.
   */
  public String nationalCsv(LocalDate from, LocalDate until, ReportLabels labels) {
    checkPeriod(from, until);
    Map<String, RegionFigures> figures = count(from, until, null);
    Map<String, String> regions = new LinkedHashMap<>();
    regions.put(NATIONAL, labels.national());
    places.regions().stream()
        .sorted(java.util.Comparator.comparing(RegionView::code))
        .forEach(r -> regions.put(r.code(), r.name()));
    figures.keySet().forEach(code -> regions.putIfAbsent(code, code));
    Map<String, RegionFigures> rows = new LinkedHashMap<>();
    regions.keySet().stream()
        .filter(code -> !code.equals(NATIONAL))
        .forEach(
            code ->
                rows.put(code, figures.getOrDefault(code, new Tally().figures(code, from, until))));
    PublishedTable table = new PublishedTable(national(rows.values(), from, until), rows);
    StringBuilder csv = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(csv, NATIONAL_CSV)) {
      for (Map.Entry<String, String> region : regions.entrySet()) {
        String code = region.getKey();
        printer.printRecord(
            code,
            region.getValue(),
            TOTAL,
            labels.total(),
            TOTAL,
            labels.total(),
            table.shown(code, TOTAL, TOTAL, PERSONS),
            table.shown(code, TOTAL, TOTAL, SIGNALS));
        if (code.equals(NATIONAL)) {
          continue;
        }
        for (Dimension dimension : Dimension.values()) {
          for (String value : table.values(dimension)) {
            printer.printRecord(
                code,
                region.getValue(),
                dimension.code(),
                labels.dimension(dimension),
                value,
                labels.value(dimension, value),
                table.shown(code, dimension.code(), value, PERSONS),
                table.shown(code, dimension.code(), value, SIGNALS));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv.toString();
  }

  /** The country's figures: the regions' added up (a person is in one region). */
  private static RegionFigures national(
      java.util.Collection<RegionFigures> regions, LocalDate from, LocalDate until) {
    Count total = Count.ZERO;
    Map<Dimension, Map<String, Count>> counts = new TreeMap<>();
    for (RegionFigures region : regions) {
      total = total.plus(region.total().persons(), region.total().signals());
      region
          .counts()
          .forEach(
              (dimension, values) ->
                  values.forEach(
                      (value, count) ->
                          counts
                              .computeIfAbsent(dimension, d -> new LinkedHashMap<>())
                              .merge(value, count, (a, b) -> a.plus(b.persons(), b.signals()))));
    }
    return new RegionFigures(NATIONAL, from, until, total, counts);
  }

  private Map<String, RegionFigures> count(LocalDate from, LocalDate until, String onlyRegion) {
    Map<String, Tally> tallies = new TreeMap<>();
    for (Tally.SignalRow row : rows(from, until, onlyRegion)) {
      tallies.computeIfAbsent(row.region(), r -> new Tally()).add(row);
    }
    Map<String, RegionFigures> figures = new TreeMap<>();
    tallies.forEach((region, tally) -> figures.put(region, tally.figures(region, from, until)));
    return figures;
  }

  private List<Tally.SignalRow> rows(LocalDate from, LocalDate until, String onlyRegion) {
    var query =
        em.createNativeQuery(REGISTERED + (onlyRegion == null ? "" : " and r.code = ?3"))
            .setParameter(1, from)
            .setParameter(2, until);
    if (onlyRegion != null) {
      query.setParameter(3, onlyRegion);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> found = query.getResultList();
    List<Tally.SignalRow> rows = new ArrayList<>(found.size());
    for (Object[] row : found) {
      rows.add(
          new Tally.SignalRow(
              (String) row[0],
              ((Number) row[1]).longValue(),
              row[2] == null ? null : ((Number) row[2]).longValue(),
              code((String) row[3]),
              (Boolean) row[4],
              code((String) row[5]),
              (String) row[6],
              row[7] == null
                  ? Set.of()
                  : Arrays.stream(((String) row[7]).split(","))
                      .map(ReportService::code)
                      .collect(Collectors.toSet())));
    }
    return rows;
  }

  private static String code(String constant) {
    return constant == null ? null : constant.toLowerCase(Locale.ROOT).replace('_', '-');
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
