package nl.wegwijzer.casework.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which cells of a published table of counts to hide. Every small count is hidden (primary
 * suppression); then, as long as a reader could still work out a hidden cell from the published
 * cells and the totals they add up to (a row total minus the other cells of the row, a column total
 * likewise, or several such steps together), one more cell is hidden (secondary suppression): the
 * smallest published cell on a line through the exposed one.
 *
 * <p>The reader is modelled as someone who knows every published count, which cells add up to which
 * totals, and that no count is negative; for each hidden cell they narrow the range it can lie in,
 * line by line, until nothing narrows further. A cell whose range has shrunk to one value is
 * exposed.
 */
public final class Suppression {

  /** A published total ({@code whole}) and the cells that add up to it. */
  public record Line(String whole, List<String> parts) {
    public Line {
      parts = List.copyOf(parts);
    }
  }

  /** Larger than any count; sums stop here instead of overflowing. */
  private static final long UNBOUNDED = Long.MAX_VALUE / 4;

  private Suppression() {}

  /** The cells to hide; {@code cells} holds every cell named by a line. */
  public static Set<String> hidden(Map<String, Long> cells, List<Line> lines) {
    Set<String> hidden = new LinkedHashSet<>();
    cells.forEach(
        (cell, count) -> {
          if (SmallCounts.small(count)) {
            hidden.add(cell);
          }
        });
    Map<String, List<Line>> linesOf = new HashMap<>();
    Set<String> wholes = new HashSet<>();
    Set<String> parts = new HashSet<>();
    for (Line line : lines) {
      wholes.add(line.whole());
      parts.addAll(line.parts());
      linesOf.computeIfAbsent(line.whole(), c -> new ArrayList<>()).add(line);
      line.parts().forEach(p -> linesOf.computeIfAbsent(p, c -> new ArrayList<>()).add(line));
    }
    Set<String> exposed;
    while (!(exposed = exposed(cells, lines, hidden)).isEmpty()) {
      hidden.add(cover(exposed, cells, linesOf, wholes, parts, hidden));
    }
    return hidden;
  }

  /** The hidden cells a reader can work out. */
  static Set<String> exposed(Map<String, Long> cells, List<Line> lines, Set<String> hidden) {
    Map<String, long[]> range = new HashMap<>();
    cells.forEach(
        (cell, count) ->
            range.put(
                cell,
                hidden.contains(cell) ? new long[] {0, UNBOUNDED} : new long[] {count, count}));
    boolean narrowed = true;
    while (narrowed) {
      narrowed = false;
      for (Line line : lines) {
        narrowed |= narrow(line, range);
      }
    }
    Set<String> exposed = new LinkedHashSet<>();
    for (String cell : hidden) {
      if (range.get(cell)[0] == range.get(cell)[1]) {
        exposed.add(cell);
      }
    }
    return exposed;
  }

  /** Narrows the ranges of a line's cells by each other; whether any range changed. */
  private static boolean narrow(Line line, Map<String, long[]> range) {
    long[] whole = range.get(line.whole());
    long lowSum = 0;
    long highSum = 0;
    for (String part : line.parts()) {
      lowSum = add(lowSum, range.get(part)[0]);
      highSum = add(highSum, range.get(part)[1]);
    }
    boolean narrowed = tighten(whole, lowSum, highSum);
    for (String part : line.parts()) {
      long[] own = range.get(part);
      long othersHigh = highSum >= UNBOUNDED ? othersHigh(line, range, part) : highSum - own[1];
      long othersLow = lowSum - own[0];
      long low = othersHigh >= UNBOUNDED ? 0 : Math.max(0, whole[0] - othersHigh);
      long high = whole[1] >= UNBOUNDED ? UNBOUNDED : whole[1] - othersLow;
      narrowed |= tighten(own, low, high);
    }
    return narrowed;
  }

  private static long othersHigh(Line line, Map<String, long[]> range, String except) {
    long sum = 0;
    for (String part : line.parts()) {
      if (!part.equals(except)) {
        sum = add(sum, range.get(part)[1]);
      }
    }
    return sum;
  }

  private static boolean tighten(long[] own, long low, long high) {
    boolean changed = false;
    if (low > own[0]) {
      own[0] = low;
      changed = true;
    }
    if (high < own[1]) {
      own[1] = high;
      changed = true;
    }
    return changed;
  }

  private static long add(long a, long b) {
    return Math.min(UNBOUNDED, a + b);
  }

  /**
   * The published cell to hide next for an exposed one: the smallest published cell on a line
   * through it, a part before a total and a total before the grand total (totals being what readers
   * need most); where every cell on those lines is hidden already, the nearest published cell on
   * lines through those.
   */
  private static String cover(
      Set<String> exposed,
      Map<String, Long> cells,
      Map<String, List<Line>> linesOf,
      Set<String> wholes,
      Set<String> parts,
      Set<String> hidden) {
    Set<String> seen = new HashSet<>(exposed);
    Deque<String> frontier = new ArrayDeque<>(exposed);
    while (!frontier.isEmpty()) {
      List<String> published = new ArrayList<>();
      Deque<String> next = new ArrayDeque<>();
      for (String cell : frontier) {
        for (Line line : linesOf.getOrDefault(cell, List.of())) {
          for (String other : members(line)) {
            if (!hidden.contains(other)) {
              published.add(other);
            } else if (seen.add(other)) {
              next.add(other);
            }
          }
        }
      }
      Optional<String> smallest =
          published.stream()
              .min(
                  Comparator.comparing((String c) -> !parts.contains(c))
                      .thenComparing(wholes::contains)
                      .thenComparing(cells::get)
                      .thenComparing(Comparator.naturalOrder()));
      if (smallest.isPresent()) {
        return smallest.get();
      }
      frontier = next;
    }
    throw new IllegalStateException("a hidden cell is exposed by no published cell: " + exposed);
  }

  private static List<String> members(Line line) {
    List<String> members = new ArrayList<>(line.parts());
    members.add(line.whole());
    return members;
  }
}
