package nl.wegwijzer.directory.service;

import java.util.List;

/**
 * For each region (rows, by name) and care need (columns, in the taxonomy's order): how many
 * organisations serve it. A zero is a gap in the directory.
 *
 * @param needs the care needs' codes, the columns
 */
public record CoverageMatrix(List<String> needs, List<Row> rows) {

  public CoverageMatrix {
    needs = List.copyOf(needs);
    rows = List.copyOf(rows);
  }

  /** A region with one count per care need, in the order of {@code needs}. */
  public record Row(RegionView region, List<Long> counts) {

    public Row {
      counts = List.copyOf(counts);
    }

    public long gaps() {
      return counts.stream().filter(count -> count == 0).count();
    }
  }

  /** The count for a region and a care need (both codes); zero when either is unknown. */
  public long count(String regionCode, String needCode) {
    int column = needs.indexOf(needCode);
    return rows.stream()
        .filter(row -> row.region().code().equals(regionCode))
        .findFirst()
        .map(row -> column < 0 ? 0L : row.counts().get(column))
        .orElse(0L);
  }

  /** How many cells are empty: region and need combinations that no organisation serves. */
  public long gaps() {
    return rows.stream().mapToLong(Row::gaps).sum();
  }
}
