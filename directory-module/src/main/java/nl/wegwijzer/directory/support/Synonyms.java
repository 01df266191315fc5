package nl.wegwijzer.directory.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published search terms with their meanings, as words the way {@link SearchText} splits them:
 * 'uitbuiting in de bouw' is four words, and a query holding them in a row also finds
 * 'arbeidsuitbuiting'.
 */
public final class Synonyms {

  public static final Synonyms NONE = new Synonyms(Map.of());

  private final Map<List<String>, List<List<String>>> meaningsByTerm;
  private final int longestTerm;

  private Synonyms(Map<List<String>, List<List<String>>> meaningsByTerm) {
    this.meaningsByTerm = meaningsByTerm;
    this.longestTerm = meaningsByTerm.keySet().stream().mapToInt(List::size).max().orElse(0);
  }

  /**
   * From terms and their meanings as editors write them; terms that split into the same words share
   * their meanings.
   */
  public static Synonyms of(Map<String, List<String>> meaningsByTerm) {
    Map<List<String>, Set<List<String>>> merged = new HashMap<>();
    meaningsByTerm.forEach(
        (term, meanings) -> {
          List<String> termWords = SearchText.words(term);
          if (termWords.isEmpty()) {
            return;
          }
          Set<List<String>> alternatives =
              merged.computeIfAbsent(termWords, t -> new LinkedHashSet<>());
          for (String meaning : meanings) {
            List<String> words = SearchText.words(meaning);
            if (!words.isEmpty() && !words.equals(termWords)) {
              alternatives.add(words);
            }
          }
        });
    Map<List<String>, List<List<String>>> frozen = new HashMap<>();
    merged.forEach((term, alternatives) -> frozen.put(term, List.copyOf(alternatives)));
    return new Synonyms(Map.copyOf(frozen));
  }

  /** How many words the longest term starting at {@code from} has; 0 when none starts there. */
  int termAt(List<String> words, int from) {
    for (int length = Math.min(longestTerm, words.size() - from); length > 0; length--) {
      if (meaningsByTerm.containsKey(words.subList(from, from + length))) {
        return length;
      }
    }
    return 0;
  }

  /** The meanings of a term found by {@link #termAt}, each as its words. */
  List<List<String>> meaningsOf(List<String> term) {
    return meaningsByTerm.getOrDefault(term, List.of());
  }

  /** Every term's words, for a test or a check. */
  public List<List<String>> terms() {
    return new ArrayList<>(meaningsByTerm.keySet());
  }
}
