package nl.wegwijzer.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.wegwijzer.directory.model.EditDistance;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.OtherName;
import nl.wegwijzer.directory.model.PlaceMatch;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.service.MunicipalityView;
import nl.wegwijzer.directory.service.UnconfirmedAssignmentView;
import nl.wegwijzer.directory.support.NotFoundException;

@ApplicationScoped
public class MunicipalityRepository {

  private final EntityManager em;

  /**
   * What each key that matched can mean, for every day. Names and other names change only with a
   * migration, so a match holds until the restart that runs one; the municipalities, and so their
   * region, are read fresh from the shared cache, which the cluster keeps in step. Only matches are
   * kept, which bounds the map by the list of names whatever visitors type. A registration resolved
   * its place with two queries before, the most of its reads.
   */
  private final Map<String, List<Candidate>> candidatesBySlug = new ConcurrentHashMap<>();

  /**
   * Every key a name can be typed as (names, names without their disambiguation, other names), read
   * once: they change only with a migration. Lets a search text be checked for a place name without
   * a query per run of words.
   */
  private volatile Set<String> placeKeys;

  /** A municipality a key may mean, and the other name that gives it ({@code null}: its own). */
  private record Candidate(long municipalityId, OtherName foundBy) {}

  protected MunicipalityRepository() {
    this.em = null;
  }

  @Inject
  public MunicipalityRepository(EntityManager em) {
    this.em = em;
  }

  /** The region's central municipality (directory V10; not mapped on {@code Region}). */
  public Municipality centralOf(Region region) {
    Number id =
        (Number)
            em.createNativeQuery(
                    "select central_municipality_id from directory.region where id = ?1")
                .setParameter(1, region.id())
                .getSingleResult();
    return em.find(Municipality.class, id.longValue());
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

  /** The municipality whose name has this URL key ('sudwest-fryslan'). */
  public Optional<Municipality> findBySlug(String slug) {
    return em.createNamedQuery("Municipality.bySlug", Municipality.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Municipality getByCbsCode(String cbsCode) {
    return findByCbsCode(cbsCode).orElseThrow(() -> new NotFoundException("municipality", cbsCode));
  }

  /**
   * The municipalities a visitor may mean by a name on a day, each with the other name it was found
   * by. The name is compared as a URL key (Slugs.from: no accents, no case, any run of spaces,
   * hyphens, apostrophes or dots alike), first with the CBS name ('Súdwest-Fryslân' for 'sudwest
   * fryslan'), else with the CBS name without its disambiguation ('Bergen' fits 'Bergen (NH.)' and
   * 'Bergen (L.)'), else with the other names valid that day ('Den Haag'; 'Brielle' from
   * 2023-01-01).
   */
  public List<PlaceMatch> matching(String typed, LocalDate day) {
    String slug = Slugs.from(typed);
    if (slug.isEmpty()) {
      return List.of();
    }
    List<Candidate> known = candidatesBySlug.get(slug);
    if (known != null) {
      Optional<List<PlaceMatch>> found = matches(known, day);
      if (found.isPresent()) {
        return found.get();
      }
      candidatesBySlug.remove(slug);
    }
    List<Candidate> candidates = lookUp(slug);
    if (!candidates.isEmpty()) {
      candidatesBySlug.put(slug, candidates);
    }
    return matches(candidates, day).orElse(List.of());
  }

  /** Whether the text is a name of a municipality, now or before, as {@link #matching} reads it. */
  public boolean isPlaceName(String typed) {
    Set<String> keys = placeKeys;
    if (keys == null) {
      @SuppressWarnings("unchecked")
      List<String> all =
          em.createNativeQuery(
                  "select slug from directory.municipality union select plain_slug"
                      + " from directory.municipality union select slug from directory.place_name")
              .getResultList();
      keys = Set.copyOf(all);
      placeKeys = keys;
    }
    String slug = Slugs.from(typed);
    return !slug.isEmpty() && keys.contains(slug);
  }

  /**
   * The names a visitor may have meant by a name that fits none (a typo: 'Utrech', 'Amsterdm'): the
   * CBS names and the other names valid on the day whose key is closest to the typed key by edit
   * distance, at most a few edits away (more for a longer name), nearest first and then by name.
   * The names are few (a municipality and its aliases, about 700), so they are compared here rather
   * than given to the database one by one.
   */
  public List<String> closestNames(String typed, LocalDate day, int limit) {
    String slug = Slugs.from(typed);
    if (slug.isEmpty()) {
      return List.of();
    }
    int allowed = Math.max(1, Math.min(3, slug.length() / 3));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select name, slug from directory.municipality"
                    + " union select name, slug from directory.place_name"
                    + " where (valid_from is null or valid_from <= ?1)"
                    + " and (valid_until is null or valid_until >= ?1)")
            .setParameter(1, day)
            .getResultList();
    record Near(String name, int distance) {}
    return rows.stream()
        .map(row -> new Near((String) row[0], EditDistance.within((String) row[1], slug, allowed)))
        .filter(near -> near.distance() <= allowed)
        .sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::name))
        .map(Near::name)
        .distinct()
        .limit(limit)
        .toList();
  }

  /** The candidates valid on the day, one per municipality; empty when one no longer exists. */
  private Optional<List<PlaceMatch>> matches(List<Candidate> candidates, LocalDate day) {
    Map<Long, PlaceMatch> found = new LinkedHashMap<>();
    for (Candidate candidate : candidates) {
      if (candidate.foundBy() != null && !candidate.foundBy().validOn(day)) {
        continue;
      }
      Municipality municipality = em.find(Municipality.class, candidate.municipalityId());
      if (municipality == null) {
        return Optional.empty();
      }
      found.putIfAbsent(
          candidate.municipalityId(), new PlaceMatch(municipality, candidate.foundBy()));
    }
    return Optional.of(List.copyOf(found.values()));
  }

  private List<Candidate> lookUp(String slug) {
    List<Municipality> byName =
        em.createNamedQuery("Municipality.bySlug", Municipality.class)
            .setParameter("slug", slug)
            .getResultList();
    if (byName.isEmpty()) {
      byName =
          em.createNamedQuery("Municipality.byPlainSlug", Municipality.class)
              .setParameter("slug", slug)
              .getResultList();
    }
    if (!byName.isEmpty()) {
      return byName.stream().map(m -> new Candidate(m.id(), null)).toList();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select municipality_id, name, kind, valid_from, valid_until"
                    + " from directory.place_name where slug = ?1"
                    + " order by valid_from nulls first, name")
            .setParameter(1, slug)
            .getResultList();
    List<Candidate> candidates = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      candidates.add(
          new Candidate(
              ((Number) row[0]).longValue(),
              new OtherName(
                  (String) row[1], "former".equals(row[2]), dateOf(row[3]), dateOf(row[4]))));
    }
    return candidates;
  }

  private static LocalDate dateOf(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return (LocalDate) value;
  }

  /**
   * The municipalities whose name starts with the prefix ("" for all), by name; accents, case and
   * separators count as in {@link #matching}, so 'sudw' suggests 'Súdwest-Fryslân'.
   */
  public List<MunicipalityView> startingWith(String prefix, int limit) {
    String key = Slugs.from(prefix);
    if (key.isEmpty() && !prefix.isBlank()) {
      return List.of();
    }
    // A key holds only letters, digits and hyphens: nothing to escape for LIKE.
    return em.createNamedQuery("Municipality.viewsByNamePrefix", MunicipalityView.class)
        .setParameter("prefix", key + "%")
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
