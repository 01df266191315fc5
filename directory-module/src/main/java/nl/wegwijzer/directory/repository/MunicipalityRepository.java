package nl.wegwijzer.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.support.NotFoundException;

@ApplicationScoped
public class MunicipalityRepository {

  private final EntityManager em;

  protected MunicipalityRepository() {
    this.em = null;
  }

  @Inject
  public MunicipalityRepository(EntityManager em) {
    this.em = em;
  }

  public List<Municipality> all() {
    return em.createNamedQuery("Municipality.all", Municipality.class).getResultList();
  }

  public Optional<Municipality> findByCbsCode(String cbsCode) {
    return em.createNamedQuery("Municipality.byCbsCode", Municipality.class)
        .setParameter("cbsCode", Municipality.normaliseCbsCode(cbsCode))
        .getResultStream()
        .findFirst();
  }

  public Municipality getByCbsCode(String cbsCode) {
    return findByCbsCode(cbsCode).orElseThrow(() -> new NotFoundException("municipality", cbsCode));
  }

  /** Exact name, ignoring case: 'middelburg (z.)' finds "Middelburg (Z.)". */
  public Optional<Municipality> findByName(String name) {
    return em.createNamedQuery("Municipality.byName", Municipality.class)
        .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /**
   * The municipalities a visitor may mean by a name: the exact CBS name, else the name without
   * CBS's suffix ('Bergen' matches 'Bergen (NH.)' and 'Bergen (L.)'), else a common alias ('Den
   * Haag').
   */
  public List<Municipality> matching(String typed) {
    String name = typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Optional<Municipality> exact = findByName(name);
    if (exact.isPresent()) {
      return List.of(exact.get());
    }
    List<Municipality> plain =
        em.createNamedQuery("Municipality.byPlainName", Municipality.class)
            .setParameter("name", name)
            .getResultList();
    if (!plain.isEmpty()) {
      return plain;
    }
    String alias = name.replaceAll("^'s[- ]", "");
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select municipality_id from directory.municipality_alias where alias = ?1")
            .setParameter(1, alias)
            .getResultList();
    return ids.stream().map(id -> em.find(Municipality.class, id.longValue())).toList();
  }

  /** Names starting with what was typed, for autocompletion. */
  public List<Municipality> startingWith(String prefix, int limit) {
    String escaped =
        prefix
            .strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return em.createNamedQuery("Municipality.byNamePrefix", Municipality.class)
        .setParameter("prefix", escaped + "%")
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Municipality> inRegion(Region region) {
    return em.createNamedQuery("Municipality.byRegion", Municipality.class)
        .setParameter("region", region)
        .getResultList();
  }

  /** Writes pending changes now, so a conflicting version fails inside the service's call. */
  public void flush() {
    em.flush();
  }
}
