package nl.wegwijzer.casework.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wegwijzer.casework.model.CaseFile;
import nl.wegwijzer.casework.model.CaseTask;
import nl.wegwijzer.casework.model.Referral;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

@ApplicationScoped
public class CaseRepository {

  /** The most items of one kind that a worklist shows. */
  public static final int MAX_WORK_ITEMS = 500;

  private final EntityManager em;

  protected CaseRepository() {
    this.em = null;
  }

  @Inject
  public CaseRepository(EntityManager em) {
    this.em = em;
  }

  public CaseFile add(CaseFile caseFile) {
    em.persist(caseFile);
    return caseFile;
  }

  /** Writes pending changes, so that new children have their ids. */
  public void flush() {
    em.flush();
  }

  /** The next number of the case-number sequence. */
  public long nextSequence() {
    return ((Number)
            em.createNativeQuery("select nextval('casework.case_number_seq')").getSingleResult())
        .longValue();
  }

  public Optional<CaseFile> findByNumber(String number) {
    return em.createNamedQuery("CaseFile.byNumber", CaseFile.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  public CaseFile getByNumber(String number) {
    return findByNumber(number).orElseThrow(() -> new NotFoundException("case", number));
  }

  /** A page of the cases that match, newest first; the count stops at 10,001. */
  public Page<CaseFile> list(CaseFilter filter, PageRequest page) {
    BoundedPages.check(page);
    BoundedPages.Where where =
        new BoundedPages.Where()
            .in("c.region_id", filter.regionIds())
            .when(filter.status(), "c.status = ?")
            .when(
                filter.form(),
                "exists (select 1 from casework.signal s join casework.signal_form f"
                    + " on f.signal_id = s.id where s.case_id = c.id and f.form = ?)")
            .when(
                filter.reporterType(),
                "exists (select 1 from casework.signal s where s.case_id = c.id"
                    + " and s.reporter_type = ?)")
            .when(filter.from(), "c.opened_on >= ?")
            .when(filter.until(), "c.opened_on <= ?")
            .when(
                filter.dueBy(),
                "exists (select 1 from casework.case_task t where t.case_id = c.id"
                    + " and t.done_on is null and t.due_on <= ?)");
    String from = "casework.case_file c";
    long total = BoundedPages.count(em, from, where);
    if (total == 0) {
      return new Page<>(List.of(), page.number(), page.size(), 0);
    }
    List<Long> ids =
        BoundedPages.ids(em, "c.id", from, where, "c.created_at desc, c.id desc", page);
    Map<Long, CaseFile> found =
        em.createQuery(
                "select c from CaseFile c join fetch c.region where c.id in :ids", CaseFile.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(CaseFile::id, Function.identity()));
    return new Page<>(
        ids.stream().map(found::get).filter(c -> c != null).toList(),
        page.number(),
        page.size(),
        total);
  }

  /** Open tasks of open cases in the regions, due on or before the day, earliest first. */
  public List<CaseTask> tasksDue(Set<Long> regionIds, LocalDate dueBy) {
    if (regionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select t from CaseTask t join fetch t.caseFile c where c.region.id in :regions"
                + " and c.status = nl.wegwijzer.casework.model.CaseStatus.OPEN"
                + " and t.doneOn is null and t.dueOn <= :dueBy order by t.dueOn, t.id",
            CaseTask.class)
        .setParameter("regions", regionIds)
        .setParameter("dueBy", dueBy)
        .setMaxResults(MAX_WORK_ITEMS)
        .getResultList();
  }

  /**
   * Referrals of open cases in the regions still waiting for the organisation's answer, sent on or
   * before the day, longest waiting first.
   */
  public List<Referral> referralsWaitingSince(Set<Long> regionIds, LocalDate sentBy) {
    if (regionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from Referral r join fetch r.caseFile c join fetch r.organisation"
                + " where c.region.id in :regions"
                + " and c.status = nl.wegwijzer.casework.model.CaseStatus.OPEN"
                + " and r.status = nl.wegwijzer.casework.model.ReferralStatus.SENT"
                + " and r.sentOn <= :sentBy order by r.sentOn, r.id",
            Referral.class)
        .setParameter("regions", regionIds)
        .setParameter("sentBy", sentBy)
        .setMaxResults(MAX_WORK_ITEMS)
        .getResultList();
  }

  /**
   * Open cases in the regions whose reflection period ends on or before the day and where the
   * person has not yet decided about reporting.
   */
  public List<CaseFile> reflectionsEndingBy(Set<Long> regionIds, LocalDate endsBy) {
    if (regionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from CaseFile c where c.region.id in :regions"
                + " and c.status = nl.wegwijzer.casework.model.CaseStatus.OPEN"
                + " and c.reflectionEnd <= :endsBy"
                + " and c.policeReport = nl.wegwijzer.casework.model.PoliceReport.NOT_REPORTED"
                + " order by c.reflectionEnd, c.id",
            CaseFile.class)
        .setParameter("regions", regionIds)
        .setParameter("endsBy", endsBy)
        .setMaxResults(MAX_WORK_ITEMS)
        .getResultList();
  }

  /** Open cases in the regions last reviewed (or opened, when never reviewed) by the day. */
  public List<CaseFile> lastReviewedBy(Set<Long> regionIds, LocalDate reviewedBy) {
    if (regionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from CaseFile c where c.region.id in :regions"
                + " and c.status = nl.wegwijzer.casework.model.CaseStatus.OPEN"
                + " and coalesce(c.lastReviewOn, c.openedOn) <= :reviewedBy"
                + " order by coalesce(c.lastReviewOn, c.openedOn), c.id",
            CaseFile.class)
        .setParameter("regions", regionIds)
        .setParameter("reviewedBy", reviewedBy)
        .setMaxResults(MAX_WORK_ITEMS)
        .getResultList();
  }

  /** Open cases with a signal in another region than the case. */
  public List<CaseFile> withSignalsElsewhere() {
    return em.createNamedQuery("CaseFile.withSignalsElsewhere", CaseFile.class).getResultList();
  }

  public List<CaseFile> closedBeforeNotAnonymised(LocalDate closedBefore) {
    return em.createNamedQuery("CaseFile.toAnonymise", CaseFile.class)
        .setParameter("closedBefore", closedBefore)
        .getResultList();
  }
}
