package nl.wegwijzer.directory.repository;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.wegwijzer.directory.support.AnswerCounts;

/**
 * The directory's recent answers on this node (the search's, and the open data's), each valid only
 * under the search generation it was computed in ({@code directory.organisation_search_generation},
 * changed in the same transaction as every search row, municipality or region). Each search reads
 * the generation first, so an edit through any node is seen at once; the directory changes a few
 * times a day and is searched all day, so the same searches ('opvang', 'Utrecht') are mostly
 * answered from here.
 *
 * <p>An answer is kept from the second time its question is asked (among the last few thousand
 * questions): most searches are asked once, and keeping each of those for the next 500 searches
 * kept them long enough to be moved to the old generation of the heap, which then filled up with
 * dead answers; every full collection stopped the node for about 200 ms (jstat at 10,000
 * organisations and 20,000 distinct searches, docs/benchmarks.md). The searches people repeat
 * ('opvang', 'Utrecht') are kept from their second ask on, and one-off searches no longer push them
 * out.
 */
final class SearchAnswers<V> {

  private static final int CAPACITY = 500;

  /** How many questions' hashes are remembered: a power of two. */
  private static final int ASKED_SLOTS = 1 << 12;

  private final int[] askedBefore = new int[ASKED_SLOTS];
  private long generation = Long.MIN_VALUE;
  private long kept;
  private long computed;
  private final Map<Object, V> answers =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, V> eldest) {
          return size() > CAPACITY;
        }
      };

  /**
   * The answer to the question: kept from earlier under the generation the database has now, or
   * computed and kept.
   */
  V answer(EntityManager em, Object question, Supplier<V> compute) {
    long current =
        ((Number)
                em.createNativeQuery(
                        "select generation from directory.organisation_search_generation")
                    .getSingleResult())
            .longValue();
    return answer(current, question, compute);
  }

  /** {@link #answer(EntityManager, Object, Supplier)} under a generation the caller has read. */
  V answer(long current, Object question, Supplier<V> compute) {
    Optional<V> known = find(current, question);
    if (known.isPresent()) {
      return known.get();
    }
    V computed = compute.get();
    keep(current, question, computed);
    return computed;
  }

  /** The answer kept for the question under the current generation; a new one forgets the rest. */
  synchronized Optional<V> find(long current, Object question) {
    if (current != generation) {
      answers.clear();
      generation = current;
      computed++;
      return Optional.empty();
    }
    Optional<V> known = Optional.ofNullable(answers.get(question));
    if (known.isPresent()) {
      kept++;
    } else {
      computed++;
    }
    return known;
  }

  synchronized AnswerCounts counts() {
    return new AnswerCounts(kept, computed);
  }

  /**
   * Keeps an answer computed under {@code current} if its question was asked before, unless the
   * generation moved on meanwhile; otherwise remembers that it was asked.
   */
  synchronized void keep(long current, Object question, V answer) {
    if (current != generation) {
      return;
    }
    int hash = question.hashCode();
    int slot = (hash * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(ASKED_SLOTS));
    if (askedBefore[slot] == hash) {
      answers.put(question, answer);
    } else {
      askedBefore[slot] = hash;
    }
  }
}
