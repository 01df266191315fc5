package nl.wegwijzer.casework.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.wegwijzer.casework.model.AccessLogEntry;
import nl.wegwijzer.casework.model.SubjectType;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/** The access log: lines are added, then only read, newest first. */
@ApplicationScoped
public class AccessLogRepository {

  private final EntityManager em;

  protected AccessLogRepository() {
    this.em = null;
  }

  @Inject
  public AccessLogRepository(EntityManager em) {
    this.em = em;
  }

  public AccessLogEntry add(AccessLogEntry entry) {
    em.persist(entry);
    return entry;
  }

  /**
   * Adds the lines of one listing in a single statement: a page of twenty items would otherwise
   * cost twenty inserts, each waiting for its generated id. The lines share actor, time, action,
   * type and purpose, as the lines of one listing do.
   */
  public void addAll(List<AccessLogEntry> lines) {
    if (lines.isEmpty()) {
      return;
    }
    AccessLogEntry first = lines.get(0);
    for (AccessLogEntry line : lines) {
      if (!line.sameListingAs(first) || line.subjectRef().indexOf(REFERENCE_SEPARATOR) >= 0) {
        throw new IllegalArgumentException("not the lines of one listing");
      }
    }
    em.createNativeQuery(
            "insert into casework.access_log (at, actor, action, subject_type, subject_ref, purpose)"
                + " select ?1, ?2, ?3, ?4, reference, ?5"
                + " from unnest(string_to_array(?6, chr(31))) with ordinality as r(reference, n)"
                + " order by n")
        .setParameter(1, first.at())
        .setParameter(2, first.actor())
        .setParameter(3, first.action().name())
        .setParameter(4, first.subjectType().name())
        .setParameter(5, first.purpose())
        .setParameter(
            6,
            String.join(
                String.valueOf(REFERENCE_SEPARATOR),
                lines.stream().map(AccessLogEntry::subjectRef).toList()))
        .executeUpdate();
  }

  /** ASCII unit separator: never part of a signal reference or case number. */
  private static final char REFERENCE_SEPARATOR = 31;

  /**
   * The lines about a case and about the signals bundled in it, newest first, without the lines of
   * the purpose {@code leftOut} when it is given.
   */
  public Page<AccessLogEntry> ofCase(
      String caseNumber, List<String> signalReferences, String leftOut, PageRequest page) {
    String where =
        " from AccessLogEntry a where ((a.subjectType = :case and a.subjectRef = :number)"
            + (signalReferences.isEmpty()
                ? ""
                : " or (a.subjectType = :signal and a.subjectRef in :references)")
            + ")"
            + (leftOut == null ? "" : " and a.purpose <> :leftOut");
    var count = em.createQuery("select count(a)" + where, Long.class);
    var rows =
        em.createQuery("select a" + where + " order by a.at desc, a.id desc", AccessLogEntry.class);
    for (var query : List.of(count, rows)) {
      query.setParameter("case", SubjectType.CASE).setParameter("number", caseNumber);
      if (leftOut != null) {
        query.setParameter("leftOut", leftOut);
      }
      if (!signalReferences.isEmpty()) {
        query
            .setParameter("signal", SubjectType.SIGNAL)
            .setParameter("references", signalReferences);
      }
    }
    long total = count.getSingleResult();
    List<AccessLogEntry> items =
        total == 0
            ? List.of()
            : rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(items, page.number(), page.size(), total);
  }

  /** Every line about one subject, newest first (for tests and the signal's own log). */
  public List<AccessLogEntry> about(SubjectType type, String reference) {
    return em.createQuery(
            "select a from AccessLogEntry a where a.subjectType = :type and a.subjectRef = :ref"
                + " order by a.at desc, a.id desc",
            AccessLogEntry.class)
        .setParameter("type", type)
        .setParameter("ref", reference)
        .getResultList();
  }
}
