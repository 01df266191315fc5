package nl.wegwijzer.casework.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The users' notice settings, the digest's claim of a day, and the deadlines it counts. */
@ApplicationScoped
public class NoticeRepository {

  /**
   * The worklist's deadlines due on a day, per region: open tasks, ends of reflection periods
   * without a decision on reporting, and reviews (three months after the last, or the opening).
   */
  private static final String DEADLINES_DUE =
      "select r.code, count(*) from ("
          + " select c.region_id from casework.case_task t"
          + " join casework.case_file c on c.id = t.case_id"
          + " where c.status = 'OPEN' and t.done_on is null and t.due_on = ?1"
          + " union all select c.region_id from casework.case_file c"
          + " where c.status = 'OPEN' and c.reflection_end = ?1"
          + " and c.police_report = 'NOT_REPORTED'"
          + " union all select c.region_id from casework.case_file c where c.status = 'OPEN'"
          + " and cast(coalesce(c.last_review_on, c.opened_on) + interval '3 months' as date) = ?1"
          + ") due join directory.region r on r.id = due.region_id group by r.code";

  private final EntityManager em;

  protected NoticeRepository() {
    this.em = null;
  }

  @Inject
  public NoticeRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<NoticeSetting> find(String userName) {
    return Optional.ofNullable(em.find(NoticeSetting.class, userName));
  }

  public NoticeSetting add(NoticeSetting setting) {
    em.persist(setting);
    em.flush();
    return setting;
  }

  /** Writes a change now, so that a concurrent change fails here with its version check. */
  public void flush() {
    em.flush();
  }

  /** The settings of those users that have any (the others get every notice). */
  public List<NoticeSetting> of(Collection<String> userNames) {
    if (userNames.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select s from NoticeSetting s where s.userName in :users", NoticeSetting.class)
        .setParameter("users", userNames)
        .getResultList();
  }

  /** Claims the day for this node's digest: true for the first claim only. */
  public boolean claimDigest(LocalDate day) {
    return em.createNativeQuery(
                "insert into casework.notice_digest (day) values (?1) on conflict do nothing")
            .setParameter(1, day)
            .executeUpdate()
        == 1;
  }

  public Map<String, Long> deadlinesDueOn(LocalDate day) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(DEADLINES_DUE).setParameter(1, day).getResultList();
    Map<String, Long> counts = new TreeMap<>();
    for (Object[] row : rows) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }
}
