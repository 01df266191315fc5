package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wegwijzer.content.repository.SearchVocabularyRepository;
import nl.wegwijzer.directory.support.SearchText;

/**
 * "Bedoelde u …?": a search with its typing errors corrected from the words the public site can
 * find. A word that no indexed word starts with is replaced by the indexed word nearest to it: the
 * closest by trigrams are the candidates, the fewest edits (a swap of two letters counts as one)
 * decide, then the most documents. At most one edit in a word of up to five letters, two in a
 * longer one: anything further is another word, not a typing error.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchSuggestions {

  private static final int CANDIDATES = 20;
  private static final int SHORTEST_CORRECTED = 4;

  private final SearchVocabularyRepository vocabulary;

  protected SearchSuggestions() {
    this(null);
  }

  @Inject
  public SearchSuggestions(SearchVocabularyRepository vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The text with its unknown words corrected, lower-case; empty when nothing needs correcting. */
  public Optional<String> correction(String text) {
    List<String> words = SearchText.words(text);
    List<String> checked = words.stream().filter(SearchSuggestions::correctable).toList();
    if (checked.isEmpty()) {
      return Optional.empty();
    }
    Set<String> known = vocabulary.known(checked);
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    for (String word : words) {
      String replacement =
          correctable(word) && !known.contains(word) ? nearest(word).orElse(word) : word;
      changed |= !replacement.equals(word);
      corrected.add(replacement);
    }
    return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
  }

  /** Reads the published words again; in the caller's transaction. */
  @Transactional
  public void refresh() {
    vocabulary.refresh();
  }

  private static boolean correctable(String word) {
    return word.length() >= SHORTEST_CORRECTED && word.chars().allMatch(Character::isLetter);
  }

  private Optional<String> nearest(String word) {
    int allowed = word.length() <= 5 ? 1 : 2;
    return vocabulary.nearest(word, CANDIDATES).stream()
        .filter(candidate -> edits(word, candidate.word()) <= allowed)
        .min(
            Comparator.comparingInt((SearchVocabularyRepository.Word c) -> edits(word, c.word()))
                .thenComparing(
                    Comparator.comparingLong(SearchVocabularyRepository.Word::documents)
                        .reversed()))
        .map(SearchVocabularyRepository.Word::word);
  }

  /**
   * The edits between two words: inserting, deleting or changing a letter, or swapping two
   * neighbours (optimal string alignment distance).
   */
  static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
