package nl.wegwijzer.casework.report;

/**
 * Small-count suppression for published figures: a count below {@link #THRESHOLD} could point to a
 * person, so it is not published (zero included, so that an empty cell cannot be told apart). A
 * suppressed cell reads {@link #SUPPRESSED} whether it is small itself or hidden because a total
 * would otherwise give a small one away ({@link Suppression}): two markers would tell a reader
 * which hidden cells are small.
 */
public final class SmallCounts {

  public static final int THRESHOLD = 5;
  public static final String SUPPRESSED = "x";

  private SmallCounts() {}

  public static boolean small(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count is never negative: " + count);
    }
    return count < THRESHOLD;
  }
}
