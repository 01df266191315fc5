package nl.wegwijzer.casework.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/** Knowledge transfer: a coordinator's regions' entries paged in SQL, and the counts in SQL. */
@ApplicationScoped
public class KnowledgeRepository {

  private static final String FROM =
      " from casework.knowledge_activity a join directory.region r on r.id = a.region_id";
  private static final String PERIOD = " where a.given_on between ?1 and ?2";
  private static final String ONE_REGION = " and r.code = ?3";

  private final EntityManager em;

  protected KnowledgeRepository() {
    this.em = null;
  }

  @Inject
  public KnowledgeRepository(EntityManager em) {
    this.em = em;
  }

  public KnowledgeActivity add(KnowledgeActivity activity) {
    em.persist(activity);
    em.flush();
    return activity;
  }

  public KnowledgeActivity getById(long id) {
    KnowledgeActivity activity = em.find(KnowledgeActivity.class, id);
    if (activity == null) {
      throw new NotFoundException("knowledge", String.valueOf(id));
    }
    return activity;
  }

  public void remove(KnowledgeActivity activity) {
    em.remove(activity);
    em.flush();
  }

  /** Writes a change now, so that a concurrent change fails here with its version check. */
  public void flush() {
    em.flush();
  }

  /** The entries of the regions, latest first. */
  public Page<KnowledgeActivity> inRegions(Collection<String> regionCodes, PageRequest page) {
    if (regionCodes.isEmpty()) {
      return new Page<>(List.of(), page.number(), page.size(), 0);
    }
    long total =
        em.createNamedQuery("KnowledgeActivity.countInRegions", Long.class)
            .setParameter("regions", regionCodes)
            .getSingleResult();
    List<KnowledgeActivity> items =
        total == 0
            ? List.of()
            : em.createNamedQuery("KnowledgeActivity.inRegions", KnowledgeActivity.class)
                .setParameter("regions", regionCodes)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    return new Page<>(items, page.number(), page.size(), total);
  }

  /** Activities and participants per region and kind; both days included. */
  record KindCount(String region, String kind, long activities, long participants) {}

  List<KindCount> perKind(LocalDate from, LocalDate until, String region) {
    return rows(
            "select r.code, a.kind, count(*), sum(a.participants)" + FROM + PERIOD,
            " group by 1, 2",
            from,
            until,
            region)
        .stream()
        .map(
            row ->
                new KindCount(
                    (String) row[0],
                    (String) row[1],
                    ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue()))
        .toList();
  }

  /** Activities per form of exploitation covered: an activity counts under each of its forms. */
  record FormCount(String form, long activities) {}

  List<FormCount> perForm(LocalDate from, LocalDate until, String region) {
    return rows(
            "select f.form, count(*)"
                + FROM
                + " join casework.knowledge_activity_form f on f.activity_id = a.id"
                + PERIOD,
            " group by 1",
            from,
            until,
            region)
        .stream()
        .map(row -> new FormCount((String) row[0], ((Number) row[1]).longValue()))
        .toList();
  }

  private List<Object[]> rows(
      String select, String groupBy, LocalDate from, LocalDate until, String region) {
    Query query =
        em.createNativeQuery(select + (region == null ? "" : ONE_REGION) + groupBy)
            .setParameter(1, from)
            .setParameter(2, until);
    if (region != null) {
      query.setParameter(3, region);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows;
  }
}
