package nl.wegwijzer.casework.knowledge;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Knowledge transfer given in a period, counted in SQL: per region the number of activities and of
 * participants in all and per kind, and per form of exploitation the activities that covered it (an
 * activity counts under each form it covered). Every region counted is a row, zeros included.
 *
 * @param region the one region counted, or null for the whole country
 * @param kinds the kinds' codes, the order of {@link RegionRow#activitiesPerKind()}
 */
public record KnowledgeFigures(
    String region,
    LocalDate from,
    LocalDate until,
    List<String> kinds,
    List<RegionRow> regions,
    Map<String, Long> activitiesPerForm,
    long activities,
    long participants) {

  public KnowledgeFigures {
    kinds = List.copyOf(kinds);
    regions = List.copyOf(regions);
    // in the order given (the forms' own order), which the tables keep
    activitiesPerForm = Collections.unmodifiableMap(new LinkedHashMap<>(activitiesPerForm));
  }

  /** One region: activities per kind (in the order of {@code kinds}), and the totals. */
  public record RegionRow(
      String code, String name, List<Long> activitiesPerKind, long activities, long participants) {
    public RegionRow {
      activitiesPerKind = List.copyOf(activitiesPerKind);
    }
  }
}
