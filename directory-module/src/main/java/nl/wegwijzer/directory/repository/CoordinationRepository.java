package nl.wegwijzer.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.directory.model.CoordinationPeriod;
import nl.wegwijzer.directory.model.CoordinationPoint;
import nl.wegwijzer.directory.model.Region;

/** The coordination points and their dated versions. */
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

  public Optional<CoordinationPoint> findBySlug(String slug) {
    return em.createNamedQuery("CoordinationPoint.bySlug", CoordinationPoint.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Optional<CoordinationPoint> findNational() {
    return em.createNamedQuery("CoordinationPoint.national", CoordinationPoint.class)
        .getResultStream()
        .findFirst();
  }

  /** The published points' versions that serve {@code region} on {@code day}, bands in order. */
  public List<CoordinationPeriod> inRegionOn(Region region, LocalDate day) {
    return em.createNamedQuery("CoordinationPeriod.inRegionOn", CoordinationPeriod.class)
        .setParameter("region", region)
        .setParameter("on", day)
        .getResultList();
  }

  /** The published national point's version on {@code day}, if any. */
  public Optional<CoordinationPeriod> nationalOn(LocalDate day) {
    return em.createNamedQuery("CoordinationPeriod.nationalOn", CoordinationPeriod.class)
        .setParameter("on", day)
        .getResultStream()
        .findFirst();
  }

  /** Every published regional version in force on {@code day}, with its regions. */
  public List<CoordinationPeriod> regionalOn(LocalDate day) {
    return em.createNamedQuery("CoordinationPeriod.regionalOn", CoordinationPeriod.class)
        .setParameter("on", day)
        .getResultList();
  }

  public CoordinationPoint add(CoordinationPoint point) {
    em.persist(point);
    return point;
  }

  /** Writes pending changes now, so a conflicting version fails inside the service's call. */
  public void flush() {
    em.flush();
  }
}
