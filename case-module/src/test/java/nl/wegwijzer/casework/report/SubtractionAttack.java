package nl.wegwijzer.casework.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A reader who wants a hidden count back: they know every published count, which cells add up to
 * which totals, and that no count is negative. Written apart from {@link Suppression}, so that a
 * test checks that code against another way of attacking it.
 */
final class SubtractionAttack {

  /** A total and its parts. */
  record Sum(String whole, List<String> parts) {
    List<String> members() {
      List<String> all = new ArrayList<>(parts);
      all.add(whole);
      return all;
    }
  }

  private final Map<String, Optional<Long>> published;
  private final List<Sum> sums;

  /** {@code published}: every cell, empty where it is hidden. */
  SubtractionAttack(Map<String, Optional<Long>> published, List<Sum> sums) {
    this.published = published;
    this.sums = sums;
  }

  /**
   * The hidden cells whose value is certain: every way of filling in the hidden cells with counts
   * from 0 to {@code bound} that makes all sums right gives them the same value. Finds one way,
   * then for each hidden cell searches every way for one that gives it another value.
   */
  Map<String, Long> recoveredExhaustively(long bound) {
    List<String> hidden =
        published.entrySet().stream()
            .filter(e -> e.getValue().isEmpty())
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    Map<String, Long> known = new HashMap<>();
    published.forEach((cell, value) -> value.ifPresent(v -> known.put(cell, v)));
    Map<String, Long> one =
        solve(known, hidden, bound, null, -1)
            .orElseThrow(() -> new IllegalStateException("the published table adds up to nothing"));
    Map<String, Long> recovered = new HashMap<>();
    for (String cell : hidden) {
      if (solve(known, hidden, bound, cell, one.get(cell)).isEmpty()) {
        recovered.put(cell, one.get(cell));
      }
    }
    return recovered;
  }

  /** A way of filling in the hidden cells, with {@code cell} (if any) other than {@code not}. */
  private Optional<Map<String, Long>> solve(
      Map<String, Long> values, List<String> hidden, long bound, String cell, long not) {
    Map<String, Long> settled = new HashMap<>(values);
    if (!settle(settled) || (cell != null && Long.valueOf(not).equals(settled.get(cell)))) {
      return Optional.empty();
    }
    Optional<String> open =
        cell != null && !settled.containsKey(cell)
            ? Optional.of(cell)
            : hidden.stream().filter(c -> !settled.containsKey(c)).findFirst();
    if (open.isEmpty()) {
      return Optional.of(settled);
    }
    for (long value = 0; value <= bound; value++) {
      Map<String, Long> next = new HashMap<>(settled);
      next.put(open.get(), value);
      Optional<Map<String, Long>> found = solve(next, hidden, bound, cell, not);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Fills in what the sums force; false when a sum cannot come out right. */
  private boolean settle(Map<String, Long> values) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Sum sum : sums) {
        List<String> open = sum.members().stream().filter(c -> !values.containsKey(c)).toList();
        long parts = sum.parts().stream().filter(values::containsKey).mapToLong(values::get).sum();
        if (open.isEmpty()) {
          if (parts != values.get(sum.whole())) {
            return false;
          }
        } else if (open.size() == 1) {
          String cell = open.get(0);
          long value = cell.equals(sum.whole()) ? parts : values.get(sum.whole()) - parts;
          if (value < 0) {
            return false;
          }
          values.put(cell, value);
          changed = true;
        } else if (values.containsKey(sum.whole()) && parts > values.get(sum.whole())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The hidden cells whose value is certain by narrowing each hidden cell's range with one sum at a
   * time until nothing narrows (fast enough for a whole national table).
   */
  Map<String, Long> recoveredByRanges() {
    Map<String, long[]> range = new HashMap<>();
    long everything =
        published.values().stream().flatMap(Optional::stream).mapToLong(Long::longValue).sum();
    published.forEach(
        (cell, value) ->
            range.put(
                cell,
                value.map(v -> new long[] {v, v}).orElse(new long[] {0, everything + 1_000_000})));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Sum sum : sums) {
        for (String cell : sum.members()) {
          long low;
          long high;
          if (cell.equals(sum.whole())) {
            low = sum.parts().stream().mapToLong(p -> range.get(p)[0]).sum();
            high = sum.parts().stream().mapToLong(p -> range.get(p)[1]).sum();
          } else {
            long othersLow =
                sum.parts().stream()
                    .filter(p -> !p.equals(cell))
                    .mapToLong(p -> range.get(p)[0])
                    .sum();
            long othersHigh =
                sum.parts().stream()
                    .filter(p -> !p.equals(cell))
                    .mapToLong(p -> range.get(p)[1])
                    .sum();
            low = range.get(sum.whole())[0] - othersHigh;
            high = range.get(sum.whole())[1] - othersLow;
          }
          long[] own = range.get(cell);
          if (low > own[0]) {
            own[0] = low;
            changed = true;
          }
          if (high < own[1]) {
            own[1] = high;
            changed = true;
          }
        }
      }
    }
    Map<String, Long> recovered = new HashMap<>();
    published.forEach(
        (cell, value) -> {
          if (value.isEmpty() && range.get(cell)[0] == range.get(cell)[1]) {
            recovered.put(cell, range.get(cell)[0]);
          }
        });
    return recovered;
  }

  static Set<String> cells(List<Sum> sums) {
    Set<String> cells = new HashSet<>();
    sums.forEach(sum -> cells.addAll(sum.members()));
    return cells;
  }
}
