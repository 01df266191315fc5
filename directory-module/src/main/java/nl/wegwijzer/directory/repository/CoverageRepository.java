package nl.wegwijzer.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.wegwijzer.directory.model.CareNeed;

/**
 * Which organisations serve which region with which care need, counted in PostgreSQL. A read model
 * over the organisations' services; it changes nothing.
 */
@ApplicationScoped
public class CoverageRepository {

  /**
   * One row per region and care need that at least one organisation serves, plus one row with a
   * null care need for each region that nothing serves. An organisation serves a region with a need
   * when one of its services for that need is national, names the region, or names one of the
   * region's municipalities; {@code union} (not {@code union all}) makes an organisation count once
   * per cell however many of its services reach it.
   */
  private static final String COUNTS =
      """
      with served as (
          select s.organisation_id, s.care_need, r.id as region_id
            from directory.care_service s cross join directory.region r
           where s.area_scope = 'NATIONAL'
          union
          select s.organisation_id, s.care_need, sr.region_id
            from directory.care_service s
            join directory.care_service_region sr on sr.care_service_id = s.id
           where s.area_scope = 'REGIONS'
          union
          select s.organisation_id, s.care_need, m.region_id
            from directory.care_service s
            join directory.care_service_municipality sm on sm.care_service_id = s.id
            join directory.municipality m on m.id = sm.municipality_id
           where s.area_scope = 'MUNICIPALITIES')
      select r.code, r.name, served.care_need, count(served.organisation_id)
        from directory.region r
        left join served on served.region_id = r.id
       group by r.code, r.name, served.care_need
       order by r.name, r.code, served.care_need
      """;

  private final EntityManager em;

  protected CoverageRepository() {
    this.em = null;
  }

  @Inject
  public CoverageRepository(EntityManager em) {
    this.em = em;
  }

  /** A counted cell; {@code need} is null on the one row of a region that nothing serves. */
  public record Cell(String regionCode, String regionName, CareNeed need, long organisations) {}

  /** Every region (ordered by name) with its counted cells, in one query. */
  public List<Cell> cells() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(COUNTS).getResultList();
    return rows.stream()
        .map(
            row ->
                new Cell(
                    (String) row[0],
                    (String) row[1],
                    row[2] == null ? null : CareNeed.valueOf((String) row[2]),
                    ((Number) row[3]).longValue()))
        .toList();
  }
}
