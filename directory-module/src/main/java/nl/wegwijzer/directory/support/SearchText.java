package nl.wegwijzer.directory.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Free text turned into a safe PostgreSQL prefix query: only letters, digits and a slash between
 * them ('B8/3') survive, each word matches as a prefix of a stemmed word, so 'opvang' finds
 * 'opvanglocaties'. With {@link Synonyms}, a search term in the text also matches its meanings:
 * 'loverboy' becomes {@code (loverboy:* | pooierboy:* | seksuele:* & uitbuiting:*)}.
 */
public record SearchText(String typed, String tsQuery) {

  public static final SearchText NONE = new SearchText("", "");
  private static final int MAX_WORDS = 8;
  private static final int MAX_WORD_LENGTH = 40;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:/[\\p{L}\\p{N}]+)*");

  public static SearchText of(String typed) {
    return of(typed, Synonyms.NONE);
  }

  public static SearchText of(String typed, Synonyms synonyms) {
    List<String> words = words(typed).stream().distinct().limit(MAX_WORDS).toList();
    if (words.isEmpty()) {
      return NONE;
    }
    Set<String> parts = new LinkedHashSet<>();
    int at = 0;
    while (at < words.size()) {
      int length = synonyms.termAt(words, at);
      if (length == 0) {
        parts.add(prefix(words.get(at)));
        at++;
        continue;
      }
      List<String> term = words.subList(at, at + length);
      List<String> alternatives = new ArrayList<>();
      alternatives.add(all(term));
      synonyms.meaningsOf(term).forEach(meaning -> alternatives.add(all(meaning)));
      parts.add("(" + String.join(" | ", alternatives) + ")");
      at += length;
    }
    return new SearchText(typed.strip(), String.join(" & ", parts));
  }

  /** The words of a text as a search reads them: lowercase, at most 40 characters each. */
  public static List<String> words(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      String word = matcher.group();
      words.add(word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word);
    }
    return words;
  }

  private static String all(List<String> words) {
    return words.stream().map(SearchText::prefix).collect(Collectors.joining(" & "));
  }

  private static String prefix(String word) {
    return word + ":*";
  }

  public boolean isEmpty() {
    return tsQuery.isEmpty();
  }
}
