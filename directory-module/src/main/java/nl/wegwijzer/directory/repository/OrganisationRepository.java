package nl.wegwijzer.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * Organisations. The directory search runs as SQL in two steps: the page of ids (filtered, sorted
 * and counted in PostgreSQL with the full-text index), then the summary of just those rows.
 */
@ApplicationScoped
public class OrganisationRepository {

  private static final int SUMMARY_LENGTH = 240;

  private final EntityManager em;

  protected OrganisationRepository() {
    this.em = null;
  }

  @Inject
  public OrganisationRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<Organisation> findBySlug(String slug) {
    return em.createNamedQuery("Organisation.bySlug", Organisation.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Organisation getBySlug(String slug) {
    return findBySlug(slug).orElseThrow(() -> new NotFoundException("organisation", slug));
  }

  public Organisation add(Organisation organisation) {
    em.persist(organisation);
    return organisation;
  }

  /** A page of the profiles not verified since a day (never verified first), oldest first. */
  public Page<Organisation> notVerifiedSince(java.time.LocalDate since, PageRequest page) {
    long total =
        em.createNamedQuery("Organisation.countNotVerifiedSince", Long.class)
            .setParameter("since", since)
            .getSingleResult();
    List<Organisation> items =
        em.createNamedQuery("Organisation.notVerifiedSince", Organisation.class)
            .setParameter("since", since)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, page.number(), page.size(), total);
  }

  /** The language codes that at least one organisation offers, sorted. */
  public List<String> languagesOffered() {
    @SuppressWarnings("unchecked")
    List<String> codes =
        em.createNativeQuery(
                "select distinct language from directory.organisation_language order by language")
            .getResultList();
    return codes;
  }

  public long count() {
    return em.createNamedQuery("Organisation.count", Long.class).getSingleResult();
  }

  public Page<OrganisationSummary> search(OrganisationFilter filter, PageRequest page) {
    SqlConditions conditions = SqlConditions.of(filter);
    String rank =
        filter.text().isEmpty()
            ? "0"
            : "ts_rank_cd(o.search_vector, to_tsquery('dutch', ?"
                + conditions.textParameter()
                + "))";
    Query countQuery =
        em.createNativeQuery("select count(*) from directory.organisation o" + conditions.where());
    conditions.bind(countQuery);
    long total = ((Number) countQuery.getSingleResult()).longValue();
    if (total == 0 || page.offset() >= total) {
      return new Page<>(List.of(), page.number(), page.size(), total);
    }
    Query idQuery =
        em.createNativeQuery(
            "select o.id, "
                + rank
                + " as rank from directory.organisation o"
                + conditions.where()
                + " order by "
                + filter.sort().orderBy()
                + " limit "
                + page.size()
                + " offset "
                + page.offset());
    conditions.bind(idQuery);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = idQuery.getResultList();
    List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
    Map<Long, OrganisationSummary> summaries = summaries(ids);
    return new Page<>(ids.stream().map(summaries::get).toList(), page.number(), page.size(), total);
  }

  private Map<Long, OrganisationSummary> summaries(List<Long> ids) {
    String placeholders = ids.stream().map(id -> "?").collect(Collectors.joining(", ", "(", ")"));
    String sql =
        "select o.id, o.slug, o.name, o.description, o.demo,"
            + " (select string_agg(distinct s.care_need, ',') from directory.care_service s"
            + "   where s.organisation_id = o.id),"
            + " exists (select 1 from directory.organisation_phone p"
            + "   where p.organisation_id = o.id and p.available_24x7),"
            + " exists (select 1 from directory.care_service s"
            + "   where s.organisation_id = o.id and s.area_scope = 'NATIONAL'),"
            + " (select string_agg(distinct r.name, '|') from directory.region r"
            + "   where r.id in (select sr.region_id from directory.care_service_region sr"
            + "     join directory.care_service s on s.id = sr.care_service_id"
            + "     where s.organisation_id = o.id"
            + "   union select m.region_id from directory.care_service_municipality sm"
            + "     join directory.municipality m on m.id = sm.municipality_id"
            + "     join directory.care_service s on s.id = sm.care_service_id"
            + "     where s.organisation_id = o.id))"
            + " from directory.organisation o where o.id in "
            + placeholders;
    Query query = em.createNativeQuery(numbered(sql));
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(i + 1, ids.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    Map<Long, OrganisationSummary> byId = new HashMap<>();
    for (Object[] row : rows) {
      byId.put(
          ((Number) row[0]).longValue(),
          new OrganisationSummary(
              (String) row[1],
              (String) row[2],
              shorten((String) row[3]),
              (Boolean) row[4],
              splitNeeds((String) row[5]),
              (Boolean) row[6],
              (Boolean) row[7],
              row[8] == null ? List.of() : Arrays.asList(((String) row[8]).split("\\|"))));
    }
    return byId;
  }

  private static List<String> splitNeeds(String joined) {
    if (joined == null) {
      return List.of();
    }
    List<CareNeed> needs = new ArrayList<>();
    for (String name : joined.split(",")) {
      needs.add(CareNeed.valueOf(name));
    }
    needs.sort(null);
    return needs.stream().map(CareNeed::code).toList();
  }

  private static String shorten(String description) {
    // An editor's description is sanitised HTML: the list shows its words only.
    String text =
        description
            .replaceAll("<[^>]*>", " ")
            .replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
            .replaceAll("\\s+", " ")
            .strip();
    if (text.length() <= SUMMARY_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
    return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + "…";
  }

  /** EclipseLink binds native parameters by number: '?' becomes '?1', '?2', … in order. */
  static String numbered(String sql) {
    StringBuilder out = new StringBuilder(sql.length() + 16);
    int next = 1;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      out.append(c);
      if (c == '?' && (i + 1 == sql.length() || !Character.isDigit(sql.charAt(i + 1)))) {
        out.append(next++);
      }
    }
    return out.toString();
  }
}
