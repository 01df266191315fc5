package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.content.model.Regulation;

/** Rights and regulations with their eligibility conditions. */
@ApplicationScoped
public class RegulationRepository {

  private final EntityManager em;

  protected RegulationRepository() {
    this.em = null;
  }

  @Inject
  public RegulationRepository(EntityManager em) {
    this.em = em;
  }

  /** The published ones, in the order the public sees them. */
  public List<Regulation> published() {
    return em.createNamedQuery("Regulation.published", Regulation.class).getResultList();
  }

  public Optional<Regulation> findBySlug(String slug) {
    return em.createNamedQuery("Regulation.bySlug", Regulation.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Regulation add(Regulation regulation) {
    em.persist(regulation);
    return regulation;
  }
}
