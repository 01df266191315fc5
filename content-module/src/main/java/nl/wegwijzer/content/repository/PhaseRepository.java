package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.content.model.Phase;

/** The four phases; they come with the schema, so there is nothing to add. */
@ApplicationScoped
public class PhaseRepository {

  private final EntityManager em;

  protected PhaseRepository() {
    this.em = null;
  }

  @Inject
  public PhaseRepository(EntityManager em) {
    this.em = em;
  }

  /** The phases in their fixed order. */
  public List<Phase> all() {
    return em.createNamedQuery("Phase.all", Phase.class).getResultList();
  }

  public Optional<Phase> findBySlug(String slug) {
    return em.createNamedQuery("Phase.bySlug", Phase.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }
}
