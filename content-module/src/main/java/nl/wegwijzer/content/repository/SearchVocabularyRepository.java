package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The words the public site can find ({@code content.search_vocabulary}, content V70), for
 * correcting a search's typing errors.
 */
@ApplicationScoped
public class SearchVocabularyRepository {

  private final EntityManager em;

  protected SearchVocabularyRepository() {
    this.em = null;
  }

  @Inject
  public SearchVocabularyRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * Reads the published words again, in the caller's transaction; searches go on reading the old
   * list meanwhile (concurrently).
   */
  public void refresh() {
    em.createNativeQuery("refresh materialized view concurrently content.search_vocabulary")
        .executeUpdate();
  }

  /**
   * Which of the words an indexed word starts with (so 'opvan', which finds 'opvang', is known).
   * Compared byte-wise with the prefix index, whatever the database's collation.
   */
  public Set<String> known(Collection<String> words) {
    if (words.isEmpty()) {
      return Set.of();
    }
    @SuppressWarnings("unchecked")
    List<String> known =
        em.createNativeQuery(
                "select w from unnest(string_to_array(?1, ' ')) w where exists (select 1"
                    + " from content.search_vocabulary v where v.word ~>=~ w"
                    + " and v.word ~<~ (w || chr(1114111)))")
            .setParameter(1, String.join(" ", words))
            .getResultList();
    return Set.copyOf(known);
  }

  /** The indexed words nearest to the word by trigrams, nearest first (the GiST index's order). */
  public List<Word> nearest(String word, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select word, documents from content.search_vocabulary"
                    + " order by word operator(public.<->) ?1 limit ?2")
            .setParameter(1, word)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream().map(r -> new Word((String) r[0], ((Number) r[1]).longValue())).toList();
  }

  /** An indexed word and the number of published documents it is in. */
  public record Word(String word, long documents) {}
}
