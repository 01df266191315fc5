package nl.wegwijzer.casework.bottleneck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/** Bottlenecks: a coordinator's regions' entries paged in SQL, and the overview counted in SQL. */
@ApplicationScoped
public class BottleneckRepository {

  private final EntityManager em;

  protected BottleneckRepository() {
    this.em = null;
  }

  @Inject
  public BottleneckRepository(EntityManager em) {
    this.em = em;
  }

  public Bottleneck add(Bottleneck bottleneck) {
    em.persist(bottleneck);
    em.flush();
    return bottleneck;
  }

  public Optional<Bottleneck> findById(long id) {
    return Optional.ofNullable(em.find(Bottleneck.class, id));
  }

  public Bottleneck getById(long id) {
    return findById(id).orElseThrow(() -> new NotFoundException("bottleneck", String.valueOf(id)));
  }

  public void remove(Bottleneck bottleneck) {
    em.remove(bottleneck);
    em.flush();
  }

  /** Writes a change now, so that a concurrent change fails here with its version check. */
  public void flush() {
    em.flush();
  }

  /** The entries of the regions, latest observation first. */
  public Page<Bottleneck> inRegions(Collection<String> regionCodes, PageRequest page) {
    if (regionCodes.isEmpty()) {
      return new Page<>(List.of(), page.number(), page.size(), 0);
    }
    long total =
        em.createNamedQuery("Bottleneck.countInRegions", Long.class)
            .setParameter("regions", regionCodes)
            .getSingleResult();
    List<Bottleneck> items =
        total == 0
            ? List.of()
            : em.createNamedQuery("Bottleneck.inRegions", Bottleneck.class)
                .setParameter("regions", regionCodes)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    return new Page<>(items, page.number(), page.size(), total);
  }

  /**
   * A line of the overview's counts. Which parts are null says what was counted: period and
   * category; period alone (its total); region and category; region alone; category alone; or
   * nothing (the grand total).
   */
  record Count(LocalDate period, String region, String category, long count) {}

  /**
   * Counts in one query with grouping sets. {@code from} is included, {@code until} excluded; with
   * a region code only that region is counted.
   */
  List<Count> counts(LocalDate from, LocalDate until, Granularity granularity, String region) {
    String sql =
        "select period, region_code, category, count(*) from ("
            + " select cast(date_trunc('"
            + granularity.sqlUnit()
            + "', b.observed_on) as date) as period, r.code as region_code, b.category"
            + " from casework.bottleneck b join directory.region r on r.id = b.region_id"
            + " where b.observed_on >= ?1 and b.observed_on < ?2"
            + (region == null ? "" : " and r.code = ?3")
            + ") counted group by grouping sets"
            + " ((period, category), (period), (region_code, category), (region_code),"
            + " (category), ())";
    Query query = em.createNativeQuery(sql).setParameter(1, from).setParameter(2, until);
    if (region != null) {
      query.setParameter(3, region);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            row ->
                new Count(
                    row[0] == null ? null : toLocalDate(row[0]),
                    (String) row[1],
                    (String) row[2],
                    ((Number) row[3]).longValue()))
        .toList();
  }

  private static LocalDate toLocalDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
