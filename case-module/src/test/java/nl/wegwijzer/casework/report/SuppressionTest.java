package nl.wegwijzer.casework.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hiding small counts is safe against subtraction: whatever is hidden cannot be worked out again
 * from the published cells and their row and column totals, which {@link SubtractionAttack} tries.
 */
class SuppressionTest {

  /**
   * Regions by values, as the national export publishes them: each region's values add up to its
   * total, and the regions' totals to the country's.
   */
  private record Table(Map<String, Long> cells, List<SubtractionAttack.Sum> sums) {

    static final String COUNTRY = "nl|total";

    static Table of(long[][] regions) {
      Map<String, Long> cells = new LinkedHashMap<>();
      List<SubtractionAttack.Sum> sums = new ArrayList<>();
      long country = 0;
      List<String> totals = new ArrayList<>();
      for (int r = 0; r < regions.length; r++) {
        long total = 0;
        List<String> parts = new ArrayList<>();
        for (int v = 0; v < regions[r].length; v++) {
          cells.put(cell(r, v), regions[r][v]);
          parts.add(cell(r, v));
          total += regions[r][v];
        }
        cells.put("r" + r + "|total", total);
        totals.add("r" + r + "|total");
        country += total;
        sums.add(new SubtractionAttack.Sum("r" + r + "|total", parts));
      }
      cells.put(COUNTRY, country);
      sums.add(new SubtractionAttack.Sum(COUNTRY, totals));
      return new Table(cells, sums);
    }

    private static String cell(int region, int value) {
      return "r" + region + "|" + value;
    }

    List<Suppression.Line> lines() {
      return sums.stream().map(s -> new Suppression.Line(s.whole(), s.parts())).toList();
    }

    SubtractionAttack attack(Set<String> hidden) {
      Map<String, Optional<Long>> published = new LinkedHashMap<>();
      cells.forEach(
          (cell, count) ->
              published.put(cell, hidden.contains(cell) ? Optional.empty() : Optional.of(count)));
      return new SubtractionAttack(published, sums);
    }
  }

  /** Zeeland: 9 adults and 3 minors; Utrecht: 20 and 6. */
  private static final long[][] TWO_REGIONS = {{9, 3}, {20, 6}};

  @Test
  void theAttackRecoversASmallCellWhenOnlySmallCellsAreHidden() {
    Table table = Table.of(TWO_REGIONS);
    Set<String> primaryOnly = Set.of("r0|1");
    assertEquals(
        Map.of("r0|1", 3L),
        table.attack(primaryOnly).recoveredExhaustively(100),
        "12 persons in Zeeland minus 9 adults: the attack works");
    assertEquals(Map.of("r0|1", 3L), table.attack(primaryOnly).recoveredByRanges());
  }

  @Test
  void aSmallCellCannotBeWorkedOutFromItsRowOrColumnTotal() {
    Table table = Table.of(TWO_REGIONS);
    Set<String> hidden = Suppression.hidden(table.cells(), table.lines());
    assertTrue(hidden.contains("r0|1"), "the 3 minors of Zeeland are hidden: " + hidden);
    assertTrue(hidden.size() > 1, "and a second cell with them: " + hidden);
    assertEquals(Map.of(), table.attack(hidden).recoveredExhaustively(100), "hidden " + hidden);
    assertTrue(!hidden.contains(Table.COUNTRY), "the country's total stays published: " + hidden);
  }

  @Test
  void aTableWhereTheFirstRegionHasAllPersonsGivesNoHiddenZeroAway() {
    // every person in one region, one value: all other cells are zero
    Table table = Table.of(new long[][] {{6, 0, 0}, {0, 0, 0}, {0, 0, 0}});
    Set<String> hidden = Suppression.hidden(table.cells(), table.lines());
    assertEquals(Map.of(), table.attack(hidden).recoveredExhaustively(12), "hidden " + hidden);
  }

  @Test
  void noRandomTableGivesAHiddenCellAway() {
    Random random = new Random(23);
    for (int round = 0; round < 150; round++) {
      int regions = 2 + random.nextInt(2);
      int values = 2 + random.nextInt(2);
      long[][] counts = new long[regions][values];
      for (long[] row : counts) {
        for (int v = 0; v < values; v++) {
          row[v] = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
        }
      }
      Table table = Table.of(counts);
      Set<String> hidden = Suppression.hidden(table.cells(), table.lines());
      long total = table.cells().values().stream().mapToLong(Long::longValue).max().orElse(0);
      assertEquals(
          Map.of(),
          table.attack(hidden).recoveredExhaustively(total + 5),
          () -> "table " + java.util.Arrays.deepToString(counts) + ", hidden " + hidden);
    }
  }
}
