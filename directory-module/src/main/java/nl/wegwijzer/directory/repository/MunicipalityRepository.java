package nl.wegwijzer.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.service.MunicipalityView;
import nl.wegwijzer.directory.service.UnconfirmedAssignmentView;
import nl.wegwijzer.directory.support.NotFoundException;

@ApplicationScoped
public class MunicipalityRepository {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final EntityManager em;

  /**
   * Ids by the name as typed (normalised), for names that matched. Names and aliases change only
   * with a migration, so a match holds until the restart that runs one; the municipalities, and so
   * their region, are read fresh from the shared cache, which the cluster keeps in step. Only
   * matches are kept, which bounds the map by the list of names and aliases whatever visitors type.
   * A registration resolved its place with two queries before, the most of its reads.
   */
  private final Map<String, List<Long>> idsByName = new ConcurrentHashMap<>();

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
    String name = WHITESPACE.matcher(typed.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    List<Long> known = idsByName.get(name);
    if (known != null) {
      List<Municipality> found = new ArrayList<>(known.size());
      for (Long id : known) {
        Municipality municipality = em.find(Municipality.class, id);
        if (municipality == null) {
          idsByName.remove(name);
          return lookUp(name);
        }
        found.add(municipality);
      }
      return found;
    }
    return lookUp(name);
  }

  private List<Municipality> lookUp(String name) {
    List<Municipality> found = byNameOrAlias(name);
    if (!found.isEmpty()) {
      idsByName.put(name, found.stream().map(Municipality::id).toList());
    }
    return found;
  }

  private List<Municipality> byNameOrAlias(String name) {
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
  /** The municipalities whose name starts with the prefix ("" for all), by name. */
  public List<MunicipalityView> startingWith(String prefix, int limit) {
    String escaped =
        prefix
            .strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return em.createNamedQuery("Municipality.viewsByNamePrefix", MunicipalityView.class)
        .setParameter("prefix", escaped + "%")
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Municipality> inRegion(Region region) {
    return em.createNamedQuery("Municipality.byRegion", Municipality.class)
        .setParameter("region", region)
        .getResultList();
  }

  /** The region the municipality with this CBS code is in on {@code day}. */
  public Optional<Region> regionOn(String cbsCode, LocalDate day) {
    return em.createNamedQuery("RegionAssignment.regionOn", Region.class)
        .setParameter("cbsCode", Municipality.normaliseCbsCode(cbsCode))
        .setParameter("day", day)
        .getResultStream()
        .findFirst();
  }

  /** The assignments valid on {@code day} that no source confirms, by region and name. */
  public List<UnconfirmedAssignmentView> unconfirmedOn(LocalDate day) {
    return em.createNamedQuery("RegionAssignment.unconfirmedOn", UnconfirmedAssignmentView.class)
        .setParameter("day", day)
        .getResultList();
  }

  /** The municipalities whose region of today differs from their assignment valid on the day. */
  public List<Municipality> behindAssignmentsOn(LocalDate day) {
    return em.createNamedQuery("Municipality.behindAssignmentsOn", Municipality.class)
        .setParameter("day", day)
        .getResultList();
  }

  /** Writes pending changes now, so a conflicting version fails inside the service's call. */
  public void flush() {
    em.flush();
  }
}
