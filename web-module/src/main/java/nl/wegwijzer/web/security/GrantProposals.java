package nl.wegwijzer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.security.GrantProposal.State;

/**
 * The administrators' proposals of privileged grants (web.grant_proposal), and the lock that puts
 * changes to who is an enabled administrator one after the other.
 */
@ApplicationScoped
public class GrantProposals {

  /**
   * The first key of the two-key advisory lock, apart from the public forms' (PostAllowance) and
   * Flyway's single-key ones.
   */
  static final int LOCK_CLASS = 0x57570042;

  private static final int ADMINISTRATORS = 1;

  private final EntityManager em;

  protected GrantProposals() {
    this.em = null;
  }

  @Inject
  public GrantProposals(EntityManager em) {
    this.em = em;
  }

  public GrantProposal add(GrantProposal proposal) {
    em.persist(proposal);
    em.flush();
    return proposal;
  }

  /**
   * Holds, until the transaction ends, the lock for taking an administrator's account or role: two
   * administrators disabling each other at the same moment would each still count the other and
   * leave nobody; with the lock the second one counts again after the first is done.
   */
  public void lockAdministrators() {
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, ?2)) locked")
        .setParameter(1, LOCK_CLASS)
        .setParameter(2, ADMINISTRATORS)
        .getSingleResult();
  }

  /** Writes pending changes now, so that the database's checks run before anything else. */
  public void flush() {
    em.flush();
  }

  /**
   * The proposal, its row locked until the transaction ends: of two administrators deciding the
   * same proposal at once, the second waits and then finds it decided.
   */
  public GrantProposal getForDecision(long id) {
    GrantProposal proposal = em.find(GrantProposal.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (proposal == null) {
      throw new NotFoundException("proposal", String.valueOf(id));
    }
    return proposal;
  }

  /** The open proposals, oldest first, paged in SQL. */
  public Page<GrantProposal> open(PageRequest page) {
    long total = countOpen();
    List<GrantProposal> items =
        total == 0
            ? List.of()
            : em.createNamedQuery("GrantProposal.open", GrantProposal.class)
                .setParameter("open", State.OPEN)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    return new Page<>(items, page.number(), page.size(), total);
  }

  public long countOpen() {
    return em.createNamedQuery("GrantProposal.countOpen", Long.class)
        .setParameter("open", State.OPEN)
        .getSingleResult();
  }

  /** A user's open proposals (a handful at most: one per role or region). */
  public List<GrantProposal> openFor(String userId) {
    return em.createNamedQuery("GrantProposal.openForUser", GrantProposal.class)
        .setParameter("open", State.OPEN)
        .setParameter("userId", userId)
        .getResultList();
  }

  public Optional<GrantProposal> findOpen(String userId, GrantProposal.Kind kind, String value) {
    return openFor(userId).stream()
        .filter(p -> p.getKind() == kind && p.getValue().equals(value))
        .findFirst();
  }
}
