package nl.wegwijzer.casework.model;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two texts are, from 0 (nothing in common) to 1 (the same after normalising case,
 * accents and punctuation). Pseudonyms are short, so a typo weighs in edit distance; accounts are
 * long, so they are compared by the character trigrams they share.
 */
public final class Similarity {

  private Similarity() {}

  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** 1 minus the Levenshtein distance divided by the longer length. */
  public static double ofNames(String a, String b) {
    String x = normalise(a);
    String y = normalise(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return 1.0 - (double) previous[y.length()] / Math.max(x.length(), y.length());
  }

  /** The Jaccard index of the texts' character trigrams (words padded with spaces). */
  public static double ofTexts(String a, String b) {
    Set<String> x = trigrams(normalise(a));
    Set<String> y = trigrams(normalise(b));
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(x);
    shared.retainAll(y);
    return (double) shared.size() / (x.size() + y.size() - shared.size());
  }

  private static Set<String> trigrams(String text) {
    Set<String> grams = new HashSet<>();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      String padded = "  " + word + " ";
      for (int i = 0; i + 3 <= padded.length(); i++) {
        grams.add(padded.substring(i, i + 3));
      }
    }
    return grams;
  }
}
