package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.content.model.FaqEntry;

/** The frequently asked questions. */
@ApplicationScoped
public class FaqRepository {

  private final EntityManager em;

  protected FaqRepository() {
    this.em = null;
  }

  @Inject
  public FaqRepository(EntityManager em) {
    this.em = em;
  }

  /** The published ones, in the order the public sees them. */
  public List<FaqEntry> published() {
    return em.createNamedQuery("FaqEntry.published", FaqEntry.class).getResultList();
  }

  public Optional<FaqEntry> findBySlug(String slug) {
    return em.createNamedQuery("FaqEntry.bySlug", FaqEntry.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public FaqEntry add(FaqEntry entry) {
    em.persist(entry);
    return entry;
  }
}
