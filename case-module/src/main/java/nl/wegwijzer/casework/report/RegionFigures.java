package nl.wegwijzer.casework.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * Registered signals of one region with an intake date in a period, counted per dimension: value
 * code → count, values in a fixed order. Exact counts, for the region's own coordinator.
 */
public record RegionFigures(
    String region,
    LocalDate from,
    LocalDate until,
    long total,
    Map<Dimension, Map<String, Long>> counts) {

  public RegionFigures {
    counts = Map.copyOf(counts);
  }
}
