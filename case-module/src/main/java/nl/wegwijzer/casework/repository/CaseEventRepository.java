package nl.wegwijzer.casework.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.wegwijzer.casework.model.CaseEvent;
import nl.wegwijzer.casework.model.CaseFile;

/** The timeline of cases: lines are added, then only read, oldest first. */
@ApplicationScoped
public class CaseEventRepository {

  private final EntityManager em;

  protected CaseEventRepository() {
    this.em = null;
  }

  @Inject
  public CaseEventRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * Adds a line and writes it at once: EclipseLink inserts new objects of one class in no set order
   * at commit, and the timeline's order among lines of the same instant is that of their ids.
   */
  public CaseEvent add(CaseEvent event) {
    em.persist(event);
    em.flush();
    return event;
  }

  public List<CaseEvent> ofCase(CaseFile caseFile) {
    return em.createNamedQuery("CaseEvent.ofCase", CaseEvent.class)
        .setParameter("caseFile", caseFile)
        .getResultList();
  }
}
