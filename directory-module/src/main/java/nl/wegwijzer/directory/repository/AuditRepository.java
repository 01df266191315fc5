package nl.wegwijzer.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijzer.directory.model.AuditEntry;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/** The administrators' audit trail: lines are added, then only read, newest first. */
@ApplicationScoped
public class AuditRepository {

  private final EntityManager em;

  protected AuditRepository() {
    this.em = null;
  }

  @Inject
  public AuditRepository(EntityManager em) {
    this.em = em;
  }

  public AuditEntry add(AuditEntry entry) {
    em.persist(entry);
    return entry;
  }

  /** A page of the lines that match, newest first, counted and paged in SQL. */
  public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
    // Fixed fragments, bound values: only the conditions in use are added to the query.
    List<String> conditions = new ArrayList<>();
    Map<String, Object> values = new LinkedHashMap<>();
    if (filter.actor() != null) {
      conditions.add("lower(a.actor) like :actor");
      values.put("actor", like(filter.actor()));
    }
    if (filter.subject() != null) {
      conditions.add("lower(a.subject) like :subject");
      values.put("subject", like(filter.subject()));
    }
    if (filter.action() != null) {
      conditions.add("a.action = :action");
      values.put("action", filter.action());
    }
    if (filter.from() != null) {
      conditions.add("a.at >= :from");
      values.put("from", filter.from());
    }
    if (filter.until() != null) {
      conditions.add("a.at < :until");
      values.put("until", filter.until());
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<Long> count =
        em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
    TypedQuery<AuditEntry> rows =
        em.createQuery(
            "select a from AuditEntry a" + where + " order by a.at desc, a.id desc",
            AuditEntry.class);
    values.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    long total = count.getSingleResult();
    List<AuditEntry> items =
        total == 0
            ? List.of()
            : rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(items, page.number(), page.size(), total);
  }

  /** A LIKE pattern for a part of a name, with the wildcards in the typed text taken literally. */
  private static String like(String part) {
    String escaped =
        part.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
