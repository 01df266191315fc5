package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.wegwijzer.content.model.FaqEntry;

/** The frequently asked questions. */
@ApplicationScoped
public class FaqRepository extends ItemRepository<FaqEntry> {

  protected FaqRepository() {
    this(null);
  }

  @Inject
  public FaqRepository(EntityManager em) {
    super(em, FaqEntry.class);
  }

  /** The published ones, in the order the public sees them. */
  public List<FaqEntry> published() {
    return em.createNamedQuery("FaqEntry.published", FaqEntry.class).getResultList();
  }
}
