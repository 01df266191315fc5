package nl.wegwijzer.content.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts for people (words, spaces and punctuation marks are the units):
 * the longest common subsequence of their words, shown as the left text with what was removed and
 * the right text with what was added. Kept small on purpose (no library): texts of the guide have a
 * few thousand words at most; beyond that the two sides are shown as wholly changed rather than
 * spending a lot of memory.
 */
public final class WordDiff {

  /** A piece of one side: unchanged, removed (left only) or added (right only). */
  public record Segment(String text, Change change) {}

  /** What happened to a segment. */
  public enum Change {
    SAME,
    REMOVED,
    ADDED;

    public String getCode() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The two sides of a diff. */
  public record Sides(List<Segment> left, List<Segment> right, boolean changed) {}

  private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
  private static final long MAX_CELLS = 4_000_000L;

  private WordDiff() {}

  public static Sides diff(String left, String right) {
    List<String> a = tokens(left == null ? "" : left);
    List<String> b = tokens(right == null ? "" : right);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Segment> leftSide = new ArrayList<>();
    List<Segment> rightSide = new ArrayList<>();
    add(leftSide, join(a, 0, prefix), Change.SAME);
    add(rightSide, join(b, 0, prefix), Change.SAME);
    List<String> midA = a.subList(prefix, a.size() - suffix);
    List<String> midB = b.subList(prefix, b.size() - suffix);
    if ((long) midA.size() * midB.size() > MAX_CELLS) {
      add(leftSide, String.join("", midA), Change.REMOVED);
      add(rightSide, String.join("", midB), Change.ADDED);
    } else {
      common(midA, midB, leftSide, rightSide);
    }
    add(leftSide, join(a, a.size() - suffix, a.size()), Change.SAME);
    add(rightSide, join(b, b.size() - suffix, b.size()), Change.SAME);
    boolean changed = !midA.isEmpty() || !midB.isEmpty();
    return new Sides(List.copyOf(leftSide), List.copyOf(rightSide), changed);
  }

  private static void common(
      List<String> a, List<String> b, List<Segment> leftSide, List<Segment> rightSide) {
    int n = a.size();
    int m = b.size();
    int[][] length = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        length[i][j] =
            a.get(i).equals(b.get(j))
                ? length[i + 1][j + 1] + 1
                : Math.max(length[i + 1][j], length[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        add(leftSide, a.get(i), Change.SAME);
        add(rightSide, b.get(j), Change.SAME);
        i++;
        j++;
      } else if (j < m && (i == n || length[i][j + 1] >= length[i + 1][j])) {
        add(rightSide, b.get(j++), Change.ADDED);
      } else {
        add(leftSide, a.get(i++), Change.REMOVED);
      }
    }
  }

  /** Adds text to a side, joining it to the previous segment when that changed the same way. */
  private static void add(List<Segment> side, String text, Change change) {
    if (text.isEmpty()) {
      return;
    }
    if (!side.isEmpty()) {
      Segment last = side.get(side.size() - 1);
      // Whitespace between two changed words belongs to the change, so a phrase reads as one.
      if (last.change() == change || (text.isBlank() && last.change() != Change.SAME)) {
        side.set(side.size() - 1, new Segment(last.text() + text, last.change()));
        return;
      }
    }
    side.add(new Segment(text, change));
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  private static String join(List<String> tokens, int from, int to) {
    return String.join("", tokens.subList(from, to));
  }
}
