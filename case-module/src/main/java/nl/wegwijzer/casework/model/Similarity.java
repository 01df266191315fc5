package nl.wegwijzer.casework.model;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.wegwijzer.directory.model.EditDistance;

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
    int longer = Math.max(x.length(), y.length());
    return 1.0 - (double) EditDistance.within(x, y, longer) / longer;
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
