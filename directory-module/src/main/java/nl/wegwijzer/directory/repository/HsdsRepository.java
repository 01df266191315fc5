package nl.wegwijzer.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.repository.HsdsRows.AreaRow;
import nl.wegwijzer.directory.repository.HsdsRows.CodeRow;
import nl.wegwijzer.directory.repository.HsdsRows.Details;
import nl.wegwijzer.directory.repository.HsdsRows.HoursRow;
import nl.wegwijzer.directory.repository.HsdsRows.LanguageRow;
import nl.wegwijzer.directory.repository.HsdsRows.LocationRow;
import nl.wegwijzer.directory.repository.HsdsRows.OrganisationRow;
import nl.wegwijzer.directory.repository.HsdsRows.PhoneRow;
import nl.wegwijzer.directory.repository.HsdsRows.ServiceAtLocationRow;
import nl.wegwijzer.directory.repository.HsdsRows.ServiceRow;
import nl.wegwijzer.directory.repository.HsdsRows.TermRow;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * The published directory for the open data (HSDS), read with native SQL: lists filtered, sorted,
 * paged and counted in PostgreSQL, and the details of a page's organisations in one statement per
 * table. Published means a search row exists ({@code directory.organisation_search}, kept for
 * published profiles only) and the profile says so: drafts and archived profiles never appear.
 */
@ApplicationScoped
public class HsdsRepository {

  private static final String PUBLISHED =
      " join directory.organisation o on o.id = s.organisation_id"
          + " join directory.organisation_search os on os.organisation_id = o.id"
          + " where o.state = 'PUBLISHED'";

  private static final String SERVICE_COLUMNS =
      "s.id, o.id, o.slug,"
          + " (select count(*) from directory.care_service x where x.organisation_id ="
          + " s.organisation_id and x.care_need = s.care_need and x.position <= s.position),"
          + " s.name, s.description, replace(lower(s.care_need), '_', '-'),"
          + " replace(lower(s.access_route), '_', '-'), o.website, o.email, o.last_verified_on,"
          + " o.modified_at, (select string_agg(replace(lower(a.age_group), '_', '-'), ','"
          + " order by a.age_group) from directory.care_service_age_group a"
          + " where a.care_service_id = s.id)";

  private static final String LOCATION_COLUMNS =
      "l.id, l.organisation_id, o.slug, l.position, l.name, l.confidential,"
          + " case when l.confidential then null else l.street end,"
          + " case when l.confidential then null else l.postcode end,"
          + " case when l.confidential then null else l.city end,"
          + " m.cbs_code, m.province";

  private final EntityManager em;
  private final SearchAnswers<Object> answers = new SearchAnswers<>();

  protected HsdsRepository() {
    this.em = null;
  }

  @Inject
  public HsdsRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * The answer to a question under the current search generation (which moves with every change the
   * directory's readers can see), computed once per node and generation.
   */
  @SuppressWarnings("unchecked")
  public <T> T kept(Object question, Supplier<T> compute) {
    return (T) answers.answer(em, question, compute::get);
  }

  /** A page of published services, by organisation and then the service's place in its profile. */
  public Page<ServiceRow> services(HsdsFilter filter, PageRequest page) {
    List<Object> parameters = new ArrayList<>();
    String from = " from directory.care_service s" + PUBLISHED + filter.conditions(parameters);
    List<ServiceRow> rows =
        list(
            "select " + SERVICE_COLUMNS + from + " order by o.slug, s.position" + limit(page),
            parameters,
            HsdsRepository::service);
    return new Page<>(rows, page.number(), page.size(), count(from, parameters, page, rows));
  }

  /** A page of published organisations (with a service that fits the filter), by slug. */
  public Page<OrganisationRow> organisations(HsdsFilter filter, PageRequest page) {
    List<Object> parameters = new ArrayList<>();
    String where = filter.conditions(parameters);
    String from =
        " from directory.organisation o"
            + " join directory.organisation_search os on os.organisation_id = o.id"
            + " where o.state = 'PUBLISHED'"
            + (filter.facet() == null
                ? where
                : " and exists (select 1 from directory.care_service s where s.organisation_id ="
                    + " o.id"
                    + where
                    + ")");
    List<OrganisationRow> rows =
        list(
            "select o.id, o.slug, o.name, o.description, o.website, o.email,"
                + " o.last_verified_on, o.modified_at"
                + from
                + " order by o.slug"
                + limit(page),
            parameters,
            HsdsRepository::organisation);
    return new Page<>(rows, page.number(), page.size(), count(from, parameters, page, rows));
  }

  /** A page of published services at their organisation's locations. */
  public Page<ServiceAtLocationRow> servicesAtLocations(HsdsFilter filter, PageRequest page) {
    List<Object> parameters = new ArrayList<>();
    String from =
        " from directory.care_service s"
            + " join directory.location l on l.organisation_id = s.organisation_id"
            + " left join directory.municipality m on m.id = l.municipality_id"
            + PUBLISHED
            + filter.conditions(parameters);
    List<ServiceAtLocationRow> rows =
        list(
            "select "
                + SERVICE_COLUMNS
                + ", "
                + LOCATION_COLUMNS
                + from
                + " order by o.slug, s.position, l.position"
                + limit(page),
            parameters,
            row ->
                new ServiceAtLocationRow(
                    service(row), location(Arrays.copyOfRange(row, 13, row.length))));
    return new Page<>(rows, page.number(), page.size(), count(from, parameters, page, rows));
  }

  /** The ids of every published organisation, by slug. */
  public List<Long> publishedOrganisationIds() {
    return list(
        "select o.id from directory.organisation o"
            + " join directory.organisation_search os on os.organisation_id = o.id"
            + " where o.state = 'PUBLISHED' order by o.slug",
        List.of(),
        row -> ((Number) row[0]).longValue());
  }

  /** Everything the open data shows of these organisations, if they are published. */
  public Details details(Collection<Long> organisationIds) {
    if (organisationIds.isEmpty()) {
      return new Details(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
    List<Object> ids =
        List.of(organisationIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
    String any = " = any(string_to_array(?1, ',')::bigint[])";
    String ofServices =
        " join directory.care_service s on s.id = x.care_service_id"
            + " join directory.organisation o on o.id = s.organisation_id"
            + " where o.state = 'PUBLISHED' and s.organisation_id"
            + any;
    return new Details(
        list(
            "select o.id, o.slug, o.name, o.description, o.website, o.email,"
                + " o.last_verified_on, o.modified_at from directory.organisation o"
                + " where o.state = 'PUBLISHED' and o.id"
                + any
                + " order by o.slug",
            ids,
            HsdsRepository::organisation),
        list(
            "select "
                + SERVICE_COLUMNS
                + " from directory.care_service s"
                + " join directory.organisation o on o.id = s.organisation_id"
                + " where o.state = 'PUBLISHED' and o.id"
                + any
                + " order by o.slug, s.position",
            ids,
            HsdsRepository::service),
        list(
            "select "
                + LOCATION_COLUMNS
                + " from directory.location l"
                + " join directory.organisation o on o.id = l.organisation_id"
                + " left join directory.municipality m on m.id = l.municipality_id"
                + " where o.state = 'PUBLISHED' and o.id"
                + any
                + " order by o.slug, l.position",
            ids,
            HsdsRepository::location),
        list(
            "select h.location_id, lower(h.day_of_week), h.opens, h.closes"
                + " from directory.location_hours h"
                + " join directory.location l on l.id = h.location_id"
                + " where not l.confidential and l.organisation_id"
                + any
                + " order by h.location_id, h.opens",
            ids,
            row ->
                new HoursRow(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    ((Time) row[2]).toLocalTime(),
                    ((Time) row[3]).toLocalTime())),
        list(
            "select p.organisation_id, p.position, p.number, p.label, p.available_24x7"
                + " from directory.organisation_phone p where p.organisation_id"
                + any
                + " order by p.organisation_id, p.position",
            ids,
            row ->
                new PhoneRow(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).intValue(),
                    (String) row[2],
                    (String) row[3],
                    (Boolean) row[4])),
        list(
            "select g.organisation_id, g.language from directory.organisation_language g"
                + " where g.organisation_id"
                + any
                + " order by g.organisation_id, g.language",
            ids,
            row -> new LanguageRow(((Number) row[0]).longValue(), (String) row[1])),
        list(
            codes("age", "care_service_age_group", "age_group", ofServices)
                + " union all "
                + codes("gender", "care_service_gender", "gender", ofServices)
                + " union all "
                + codes("nationality", "care_service_nationality", "nationality_group", ofServices)
                + " union all "
                + codes("form", "care_service_form", "form", ofServices)
                + " order by 1, 2, 3",
            ids,
            row -> new CodeRow(((Number) row[0]).longValue(), (String) row[1], (String) row[2])),
        list(
            "select s.id, 'national', null, null, null from directory.care_service s"
                + " where s.area_scope = 'NATIONAL' and s.organisation_id"
                + any
                + " union all select x.care_service_id, 'region', r.code, r.name, r.code"
                + " from directory.care_service_region x"
                + " join directory.region r on r.id = x.region_id"
                + ofServices
                + " union all select x.care_service_id, 'municipality', mu.cbs_code, mu.name,"
                + " mr.code from directory.care_service_municipality x"
                + " join directory.municipality mu on mu.id = x.municipality_id"
                + " join directory.region mr on mr.id = mu.region_id"
                + ofServices
                + " order by 1, 2, 4",
            ids,
            row ->
                new AreaRow(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4])));
  }

  /** The published Wegwijzer taxonomy, by facet and position. */
  public List<TermRow> terms() {
    return list(
        "select facet, code, position, name_nl, name_en from directory.hsds_term"
            + " order by facet, position",
        List.of(),
        row ->
            new TermRow(
                (String) row[0],
                (String) row[1],
                ((Number) row[2]).intValue(),
                (String) row[3],
                (String) row[4]));
  }

  /** When the published content last changed, as the shared counter says. */
  public Instant contentChangedAt() {
    return ((Timestamp)
            em.createNativeQuery("select changed_at from directory.published_content where id = 1")
                .getSingleResult())
        .toInstant();
  }

  private static String codes(String facet, String table, String column, String ofServices) {
    return "select x.care_service_id, '"
        + facet
        + "', replace(lower(x."
        + column
        + "), '_', '-') from directory."
        + table
        + " x"
        + ofServices;
  }

  private static String limit(PageRequest page) {
    return " limit " + page.size() + " offset " + page.offset();
  }

  /** The count, skipped when the first page already holds every row. */
  private long count(String from, List<Object> parameters, PageRequest page, List<?> rows) {
    if (page.offset() == 0 && rows.size() < page.size()) {
      return rows.size();
    }
    Query query = em.createNativeQuery("select count(*)" + from);
    bind(query, parameters);
    return ((Number) query.getSingleResult()).longValue();
  }

  private <T> List<T> list(String sql, List<Object> parameters, Function<Object[], T> mapper) {
    Query query = em.createNativeQuery(sql);
    bind(query, parameters);
    List<?> rows = query.getResultList();
    List<T> mapped = new ArrayList<>(rows.size());
    for (Object row : rows) {
      mapped.add(mapper.apply(row instanceof Object[] columns ? columns : new Object[] {row}));
    }
    return mapped;
  }

  private static void bind(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
  }

  private static OrganisationRow organisation(Object[] row) {
    return new OrganisationRow(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        (String) row[3],
        (String) row[4],
        (String) row[5],
        day(row[6]),
        ((Timestamp) row[7]).toInstant());
  }

  private static ServiceRow service(Object[] row) {
    return new ServiceRow(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        (String) row[2],
        ((Number) row[3]).intValue(),
        (String) row[4],
        (String) row[5],
        (String) row[6],
        (String) row[7],
        (String) row[8],
        (String) row[9],
        day(row[10]),
        ((Timestamp) row[11]).toInstant(),
        row[12] == null ? List.of() : List.of(((String) row[12]).split(",")));
  }

  private static LocationRow location(Object[] row) {
    return new LocationRow(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        (String) row[2],
        ((Number) row[3]).intValue(),
        (String) row[4],
        (Boolean) row[5],
        (String) row[6],
        (String) row[7],
        (String) row[8],
        (String) row[9],
        (String) row[10]);
  }

  private static LocalDate day(Object value) {
    return value == null ? null : ((java.sql.Date) value).toLocalDate();
  }
}
