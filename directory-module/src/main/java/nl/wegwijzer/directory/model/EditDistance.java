package nl.wegwijzer.directory.model;

/**
 * How many single-letter edits (insert, delete, replace) turn one name's key into another's:
 * Levenshtein's distance, for the names a visitor may have meant by a typo.
 */
public final class EditDistance {

  private EditDistance() {}

  /**
   * The distance between {@code a} and {@code b}, or {@code max + 1} as soon as it is known to be
   * more than {@code max} (a length apart already, or every way through a row is too long).
   */
  public static int within(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int best = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
        best = Math.min(best, current[j]);
      }
      if (best > max) {
        return max + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], max + 1);
  }
}
