package nl.wegwijzer.casework.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wegwijzer.casework.model.CaseFile;
import nl.wegwijzer.casework.model.CaseTransfer;

/** Offers of cases to other regions, and the facts of transfers that were accepted. */
@ApplicationScoped
public class CaseTransferRepository {

  /** The most transfers a region's list shows: they are rare (a person moving region). */
  public static final int MAX_LISTED = 200;

  private final EntityManager em;

  protected CaseTransferRepository() {
    this.em = null;
  }

  @Inject
  public CaseTransferRepository(EntityManager em) {
    this.em = em;
  }

  public CaseTransfer add(CaseTransfer transfer) {
    em.persist(transfer);
    em.flush();
    return transfer;
  }

  public Optional<CaseTransfer> find(long id) {
    return Optional.ofNullable(em.find(CaseTransfer.class, id));
  }

  /** Offers from or to the regions, newest first. */
  public List<CaseTransfer> ofRegions(Set<Long> regionIds) {
    if (regionIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("CaseTransfer.ofRegions", CaseTransfer.class)
        .setParameter("regions", regionIds)
        .setMaxResults(MAX_LISTED)
        .getResultList();
  }

  public Optional<CaseTransfer> openOffer(CaseFile caseFile) {
    return em.createNamedQuery("CaseTransfer.openOfCase", CaseTransfer.class)
        .setParameter("caseFile", caseFile)
        .getResultStream()
        .findFirst();
  }

  /** Cases that moved region by a transfer: they no longer follow their signals' municipality. */
  public Set<Long> transferredCaseIds() {
    return Set.copyOf(
        em.createNamedQuery("CaseTransfer.acceptedCaseIds", Long.class).getResultList());
  }
}
