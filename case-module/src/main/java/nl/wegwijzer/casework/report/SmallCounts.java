package nl.wegwijzer.casework.report;

/**
 * Small-count suppression for published figures: a count below {@link #THRESHOLD} could point to a
 * person, so it is shown as "&lt;5" (zero included, so that an empty cell cannot be told apart).
 */
public final class SmallCounts {

  public static final int THRESHOLD = 5;
  public static final String SUPPRESSED = "<" + THRESHOLD;

  private SmallCounts() {}

  public static String show(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count is never negative: " + count);
    }
    return count < THRESHOLD ? SUPPRESSED : Long.toString(count);
  }
}
