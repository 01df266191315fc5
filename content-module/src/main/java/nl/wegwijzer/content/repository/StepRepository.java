package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.wegwijzer.content.model.Phase;
import nl.wegwijzer.content.model.Step;

/** The steps of the phases. */
@ApplicationScoped
public class StepRepository extends ItemRepository<Step> {

  protected StepRepository() {
    this(null);
  }

  @Inject
  public StepRepository(EntityManager em) {
    super(em, Step.class);
  }

  /** The published steps of one phase, in order. */
  public List<Step> publishedIn(Phase phase) {
    return em.createNamedQuery("Step.publishedInPhase", Step.class)
        .setParameter("phase", phase)
        .getResultList();
  }

  /** Every published step, phase by phase, in order: the whole route through the guide. */
  public List<Step> published() {
    return em.createNamedQuery("Step.published", Step.class).getResultList();
  }
}
