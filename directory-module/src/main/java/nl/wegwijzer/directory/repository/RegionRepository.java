package nl.wegwijzer.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.support.NotFoundException;

@ApplicationScoped
public class RegionRepository {

  private final EntityManager em;

  /**
   * Each code that was found, with its region's id: a code never changes ({@link Region}), and the
   * region itself comes from the shared cache, so a search with a region costs no query for it.
   */
  private final Map<String, Long> idsByCode = new ConcurrentHashMap<>();

  protected RegionRepository() {
    this.em = null;
  }

  @Inject
  public RegionRepository(EntityManager em) {
    this.em = em;
  }

  public List<Region> all() {
    return em.createNamedQuery("Region.all", Region.class).getResultList();
  }

  public Optional<Region> findByCode(String code) {
    Long id = idsByCode.get(code);
    if (id != null) {
      Region known = em.find(Region.class, id);
      if (known != null) {
        return Optional.of(known);
      }
      idsByCode.remove(code);
    }
    Optional<Region> found =
        em.createNamedQuery("Region.byCode", Region.class)
            .setParameter("code", code)
            .getResultStream()
            .findFirst();
    found.ifPresent(region -> idsByCode.put(code, region.id()));
    return found;
  }

  /** By id: from the shared cache (regions are cacheable) without a query once it was read. */
  public Region get(long id) {
    Region region = em.find(Region.class, id);
    if (region == null) {
      throw new NotFoundException("region", String.valueOf(id));
    }
    return region;
  }

  public Region getByCode(String code) {
    return findByCode(code).orElseThrow(() -> new NotFoundException("region", code));
  }

  public Region add(Region region) {
    em.persist(region);
    return region;
  }
}
