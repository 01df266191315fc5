package nl.wegwijzer.casework.bottleneck;

import java.time.YearMonth;
import java.util.List;

/**
 * Counts of recorded bottlenecks, all counted in PostgreSQL: per period and category, per region
 * and category, per category and in all. Every period of the range and every region is a row, with
 * zeros where nothing was recorded.
 *
 * @param categories the categories' codes, the columns of every row
 * @param region the code of the one region counted, or null for the whole country
 */
public record BottleneckOverview(
    String granularity,
    YearMonth from,
    YearMonth to,
    String region,
    List<String> categories,
    List<PeriodRow> periods,
    List<RegionRow> regions,
    List<Long> categoryTotals,
    long total) {

  public BottleneckOverview {
    categories = List.copyOf(categories);
    periods = List.copyOf(periods);
    regions = List.copyOf(regions);
    categoryTotals = List.copyOf(categoryTotals);
  }

  /** A period (its first month) with one count per category and the period's total. */
  public record PeriodRow(YearMonth start, List<Long> counts, long total) {
    public PeriodRow {
      counts = List.copyOf(counts);
    }
  }

  /** A region with one count per category and the region's total. */
  public record RegionRow(String code, String name, List<Long> counts, long total) {
    public RegionRow {
      counts = List.copyOf(counts);
    }
  }

  /** The largest category total, for scaling a chart; at least 1. */
  public long maxCategoryTotal() {
    return Math.max(1, categoryTotals.stream().mapToLong(Long::longValue).max().orElse(0));
  }

  /** The largest period total, for scaling a chart; at least 1. */
  public long maxPeriodTotal() {
    return Math.max(1, periods.stream().mapToLong(PeriodRow::total).max().orElse(0));
  }
}
