package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.content.model.Phase;
import nl.wegwijzer.content.model.Step;

/** The steps of the phases. */
@ApplicationScoped
public class StepRepository {

  private final EntityManager em;

  protected StepRepository() {
    this.em = null;
  }

  @Inject
  public StepRepository(EntityManager em) {
    this.em = em;
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

  public Optional<Step> findBySlug(String slug) {
    return em.createNamedQuery("Step.bySlug", Step.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Step add(Step step) {
    em.persist(step);
    return step;
  }
}
