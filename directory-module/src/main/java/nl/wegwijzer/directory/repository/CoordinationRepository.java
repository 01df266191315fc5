package nl.wegwijzer.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.directory.model.Coordination;
import nl.wegwijzer.directory.model.Region;

@ApplicationScoped
public class CoordinationRepository {

  private final EntityManager em;

  protected CoordinationRepository() {
    this.em = null;
  }

  @Inject
  public CoordinationRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<Coordination> findForRegion(Region region) {
    return em.createNamedQuery("Coordination.forRegion", Coordination.class)
        .setParameter("region", region)
        .getResultStream()
        .findFirst();
  }

  public Optional<Coordination> findNational() {
    return em.createNamedQuery("Coordination.national", Coordination.class)
        .getResultStream()
        .findFirst();
  }

  public List<Coordination> all() {
    return em.createQuery("select c from Coordination c", Coordination.class).getResultList();
  }

  public Coordination add(Coordination coordination) {
    em.persist(coordination);
    return coordination;
  }

  /**
   * Raises the coordination's version at commit even when only its contacts (an element collection)
   * change, so that two editors' changes never both win.
   */
  public void lockForChange(Coordination coordination) {
    em.lock(coordination, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  /** Writes pending changes now, so a conflicting version fails inside the service's call. */
  public void flush() {
    em.flush();
  }
}
