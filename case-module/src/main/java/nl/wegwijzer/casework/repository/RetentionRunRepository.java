package nl.wegwijzer.casework.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.wegwijzer.casework.model.RetentionRun;

/** The record of what the retention job did. */
@ApplicationScoped
public class RetentionRunRepository {

  private final EntityManager em;

  protected RetentionRunRepository() {
    this.em = null;
  }

  @Inject
  public RetentionRunRepository(EntityManager em) {
    this.em = em;
  }

  public RetentionRun add(RetentionRun run) {
    em.persist(run);
    return run;
  }

  public List<RetentionRun> latest(int howMany) {
    return em.createNamedQuery("RetentionRun.latest", RetentionRun.class)
        .setMaxResults(howMany)
        .getResultList();
  }
}
