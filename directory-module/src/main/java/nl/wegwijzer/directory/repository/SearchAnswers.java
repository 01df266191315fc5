package nl.wegwijzer.directory.repository;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.support.AnswerCounts;
import nl.wegwijzer.directory.support.Page;

/**
 * The directory's recent answers on this node, each valid only under the search generation it was
 * computed in ({@code directory.organisation_search_generation}, changed in the same transaction as
 * every search row, municipality or region). Each search reads the generation first, so an edit
 * through any node is seen at once; the directory changes a few times a day and is searched all
 * day, so the same searches ('opvang', 'Utrecht') are mostly answered from here.
 */
final class SearchAnswers {

  private static final int CAPACITY = 500;

  private long generation = Long.MIN_VALUE;
  private long kept;
  private long computed;
  private final Map<Object, Page<OrganisationSummary>> answers =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Page<OrganisationSummary>> eldest) {
          return size() > CAPACITY;
        }
      };

  /** The answer kept for the question under the current generation; a new one forgets the rest. */
  synchronized Optional<Page<OrganisationSummary>> find(long current, Object question) {
    if (current != generation) {
      answers.clear();
      generation = current;
      computed++;
      return Optional.empty();
    }
    Optional<Page<OrganisationSummary>> known = Optional.ofNullable(answers.get(question));
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

  /** Keeps an answer computed under {@code current}, unless the generation moved on meanwhile. */
  synchronized void keep(long current, Object question, Page<OrganisationSummary> answer) {
    if (current == generation) {
      answers.put(question, answer);
    }
  }
}
