package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.wegwijzer.content.model.Regulation;

/** Rights and regulations with their eligibility conditions. */
@ApplicationScoped
public class RegulationRepository extends ItemRepository<Regulation> {

  protected RegulationRepository() {
    this(null);
  }

  @Inject
  public RegulationRepository(EntityManager em) {
    super(em, Regulation.class);
  }

  /** The published ones, in the order the public sees them. */
  public List<Regulation> published() {
    return em.createNamedQuery("Regulation.published", Regulation.class).getResultList();
  }
}
