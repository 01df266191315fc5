package nl.wegwijzer.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.directory.model.SearchSynonym;

/** The search terms and their meanings (directory V45). */
@ApplicationScoped
public class SynonymRepository {

  private final EntityManager em;

  protected SynonymRepository() {
    this.em = null;
  }

  @Inject
  public SynonymRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<SearchSynonym> findBySlug(String slug) {
    return em.createNamedQuery("SearchSynonym.bySlug", SearchSynonym.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public SearchSynonym add(SearchSynonym synonym) {
    em.persist(synonym);
    return synonym;
  }

  public List<SearchSynonym> published() {
    return em.createNamedQuery("SearchSynonym.published", SearchSynonym.class).getResultList();
  }

  /**
   * Whether the full-text search keeps anything of the words: a Dutch stop word alone ('om') is
   * dropped, so as a term it would make its meanings required words of every query holding it.
   */
  public boolean searchable(String words) {
    return ((Number)
                em.createNativeQuery("select numnode(plainto_tsquery('dutch', ?1))")
                    .setParameter(1, words)
                    .getSingleResult())
            .intValue()
        > 0;
  }

  /** Writes pending changes now, so that the search generation moves inside the caller's call. */
  public void flush() {
    em.flush();
  }
}
