package nl.wegwijzer.casework.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registered signals of one region with an intake date in a period, and the persons they are
 * about: in total and per dimension (value code → count, every value of the dimension in its fixed
 * order). Exact counts, for the region's own coordinator.
 */
public record RegionFigures(
    String region,
    LocalDate from,
    LocalDate until,
    Count total,
    Map<Dimension, Map<String, Count>> counts) {

  public RegionFigures {
    Map<Dimension, Map<String, Count>> copy = new EnumMap<>(Dimension.class);
    counts.forEach((dimension, values) -> copy.put(dimension, new LinkedHashMap<>(values)));
    counts = java.util.Collections.unmodifiableMap(copy);
  }

  /** The count of one value; zero where nobody has it. */
  public Count count(Dimension dimension, String value) {
    return counts.getOrDefault(dimension, Map.of()).getOrDefault(value, Count.ZERO);
  }
}
