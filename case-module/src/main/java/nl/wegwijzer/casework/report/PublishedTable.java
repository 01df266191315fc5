package nl.wegwijzer.casework.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The national export's counts as a table with its totals, the cells to hide worked out once: the
 * country's total is the sum of the regions' totals (a person is in one region), and within a
 * region the values of a dimension where everyone has exactly one value add up to its total.
 *
 * <p>The country is published as its totals only, not per value: with a country row per value every
 * column would be a second total beside every row, and rows and columns together let a reader
 * combine several totals at once (tried: a table where two columns and a row together pin four
 * hidden zeros). Without it the totals form a tree (the country's total, each region's total, each
 * region's values), and narrowing each hidden count's range total by total, as {@link Suppression}
 * does, finds everything a reader can work out.
 */
final class PublishedTable {

  private static final Map<String, ToLongFunction<Count>> MEASURES =
      Map.of(ReportService.PERSONS, Count::persons, ReportService.SIGNALS, Count::signals);

  private final Map<String, Long> cells = new LinkedHashMap<>();
  private final Map<Dimension, List<String>> values = new LinkedHashMap<>();
  private final Set<String> hidden;

  PublishedTable(RegionFigures national, Map<String, RegionFigures> regions) {
    for (Dimension dimension : Dimension.values()) {
      values.put(
          dimension, List.copyOf(national.counts().getOrDefault(dimension, Map.of()).keySet()));
    }
    List<Suppression.Line> lines = new ArrayList<>();
    for (Map.Entry<String, ToLongFunction<Count>> measure : MEASURES.entrySet()) {
      String m = measure.getKey();
      cells.put(
          key(ReportService.NATIONAL, ReportService.TOTAL, ReportService.TOTAL, m),
          measure.getValue().applyAsLong(national.total()));
      for (RegionFigures row : regions.values()) {
        cells.put(
            key(row.region(), ReportService.TOTAL, ReportService.TOTAL, m),
            measure.getValue().applyAsLong(row.total()));
        values.forEach(
            (dimension, codes) ->
                codes.forEach(
                    value ->
                        cells.put(
                            key(row.region(), dimension.code(), value, m),
                            measure.getValue().applyAsLong(row.count(dimension, value)))));
      }
      lines.add(column(regions, ReportService.TOTAL, ReportService.TOTAL, m));
      for (String region : regions.keySet()) {
        for (Dimension dimension : Dimension.values()) {
          boolean addsUp =
              m.equals(ReportService.PERSONS) ? dimension.personsAddUp() : dimension.signalsAddUp();
          if (addsUp) {
            lines.add(
                new Suppression.Line(
                    key(region, ReportService.TOTAL, ReportService.TOTAL, m),
                    values.get(dimension).stream()
                        .map(value -> key(region, dimension.code(), value, m))
                        .toList()));
          }
        }
      }
    }
    hidden = Suppression.hidden(cells, lines);
  }

  private static Suppression.Line column(
      Map<String, RegionFigures> regions, String dimension, String value, String measure) {
    return new Suppression.Line(
        key(ReportService.NATIONAL, dimension, value, measure),
        regions.keySet().stream().map(region -> key(region, dimension, value, measure)).toList());
  }

  List<String> values(Dimension dimension) {
    return values.get(dimension);
  }

  /** A cell as published: its count, or the marker of a hidden cell. */
  String shown(String region, String dimension, String value, String measure) {
    String key = key(region, dimension, value, measure);
    return hidden.contains(key) ? SmallCounts.SUPPRESSED : Long.toString(cells.get(key));
  }

  private static String key(String region, String dimension, String value, String measure) {
    return region + "|" + dimension + "|" + value + "|" + measure;
  }
}
