package nl.wegwijzer.directory.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Free text turned into a safe PostgreSQL prefix query: only letters and digits survive, each word
 * matches as a prefix of a stemmed word, so 'opvang' finds 'opvanglocaties'.
 */
public record SearchText(String typed, String tsQuery) {

  public static final SearchText NONE = new SearchText("", "");
  private static final int MAX_WORDS = 8;
  private static final int MAX_WORD_LENGTH = 40;

  public static SearchText of(String typed) {
    if (typed == null || typed.isBlank()) {
      return NONE;
    }
    String query =
        Arrays.stream(typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            .filter(word -> !word.isEmpty())
            .map(
                word -> word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word)
            .distinct()
            .limit(MAX_WORDS)
            .map(word -> word + ":*")
            .collect(Collectors.joining(" & "));
    return new SearchText(typed.strip(), query);
  }

  public boolean isEmpty() {
    return tsQuery.isEmpty();
  }
}
