package nl.wegwijzer.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.NearbyHelp;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.support.AnswerCounts;
import nl.wegwijzer.directory.support.HtmlText;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * Organisations. The directory search reads the search rows that {@link #reindex} keeps (table
 * {@code directory.organisation_search}, one per published organisation), filtered, sorted, paged
 * and counted in PostgreSQL.
 */
@ApplicationScoped
public class OrganisationRepository {

  private static final int SUMMARY_LENGTH = 240;

  /**
   * The search counts no further: past this, the list says 'more than' (five pages of twenty).
   * Counting a broad search is walking its matches one by one, so the cap is what such a count
   * costs: up to 1,001 rows tested for words and filters took more than the page itself (issue 22,
   * docs/benchmarks.md); past a hundred, a visitor narrows the search rather than reads on.
   */
  public static final int MAX_COUNTED = 100;

  /**
   * From this many organisations at once, {@link #reindex} first brings the statistics up to date.
   */
  private static final int BULK = 100;

  /** The tables directory.refresh_organisation_search reads. */
  private static final List<String> SEARCH_SOURCES =
      List.of(
          "directory.organisation",
          "directory.organisation_language",
          "directory.organisation_phone",
          "directory.organisation_search",
          "directory.care_service",
          "directory.care_service_age_group",
          "directory.care_service_gender",
          "directory.care_service_nationality",
          "directory.care_service_form",
          "directory.care_service_region",
          "directory.care_service_municipality");

  private final EntityManager em;
  private final SearchAnswers<Page<OrganisationSummary>> answers = new SearchAnswers<>();
  private volatile RegionNames regionNames = RegionNames.NONE;

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

  /** Which of the given slugs belong to an organisation already. */
  public List<String> slugsInUse(Collection<String> slugs) {
    if (slugs.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Organisation.slugsIn", String.class)
        .setParameter("slugs", slugs)
        .getResultList();
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

  /**
   * Brings the organisation's search row in line with its stored profile and state, and stamps it
   * as modified now (the open data's {@code modified_after}), in the caller's transaction. Every
   * service that changes an organisation calls it, so the reader never has to.
   */
  public void reindex(Organisation organisation) {
    reindex(List.of(organisation));
  }

  /** {@link #reindex(Organisation)} for many organisations at once, with one flush. */
  public void reindex(Collection<Organisation> changed) {
    if (changed.isEmpty()) {
      return;
    }
    em.flush();
    if (changed.size() >= BULK) {
      // The refresh's plan follows the tables' statistics. After a bulk insert they still describe
      // the tables as they were (empty on a fresh database), and the plan chosen for that made
      // 1,010 new organisations take 26 s instead of under one; ANALYZE counts this transaction's
      // own new rows.
      em.createNativeQuery("analyze " + String.join(", ", SEARCH_SOURCES)).executeUpdate();
    }
    String ids = changed.stream().map(o -> o.id().toString()).collect(Collectors.joining(","));
    em.createNativeQuery(
            "select directory.refresh_organisation_search(string_to_array(?1, ',')::bigint[])")
        .setParameter(1, ids)
        .getResultList();
    // Sent as a query like the refresh above: modified_at is not mapped, and a native bulk update
    // would leave EclipseLink to guess which of its cached entities went stale.
    em.createNativeQuery(
            "with stamped as (update directory.organisation set modified_at = now()"
                + " where id = any(string_to_array(?1, ',')::bigint[]) returning id)"
                + " select count(*) from stamped")
        .setParameter(1, ids)
        .getSingleResult();
  }

  /**
   * Reads the search generation as a directory search begins, and has PostgreSQL plan every
   * statement for its own values for the rest of the caller's transaction, in one statement. After
   * five runs of the same statement on a connection the driver prepares it on the server, and
   * PostgreSQL then keeps one generic plan for all values when it looks cheaper than the values'
   * own plans: it guesses 50 rows for any words, so q=opvang (5,100 matches) sorted them all (70
   * ms) where its own plan reads 37 rows in name order (0.7 ms, plus 0.3-0.7 ms planning; EXPLAIN
   * ANALYZE at 10,000 organisations, docs/benchmarks.md). And no parallel workers: a page of twenty
   * needs none, and the groups of a page by relevance are read in order ({@link SearchPageRows}).
   */
  public long beginSearch() {
    try (PreparedStatement statement =
            connection()
                .prepareStatement(
                    "select set_config('plan_cache_mode', 'force_custom_plan', true),"
                        + " set_config('max_parallel_workers_per_gather', '0', true), generation"
                        + " from directory.organisation_search_generation");
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(3);
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }

  /**
   * A page of published organisations that match, from their search rows (GIN indexes for the
   * filters and the text), with a count that stops at {@link #MAX_COUNTED} (or the end of the page
   * asked for), in one statement; the answer is kept under the {@link #beginSearch} generation.
   */
  public Page<OrganisationSummary> search(
      OrganisationFilter filter, PageRequest page, long generation) {
    RegionNames names = regionNames(generation);
    SqlConditions conditions = SqlConditions.of(filter, names);
    Object question = List.of(conditions.question(), filter.sort(), page);
    return answers.answer(generation, question, () -> searchNow(filter, conditions, page, names));
  }

  /** How many searches this node answered from its kept answers, and how many it computed. */
  public AnswerCounts answerCounts() {
    return answers.counts();
  }

  /**
   * The number that changes in the same transaction as every change a directory search can see:
   * search rows, municipalities, regions, search terms (directory V7, V45).
   */
  public long searchGeneration() {
    return ((Number)
            em.createNativeQuery("select generation from directory.organisation_search_generation")
                .getSingleResult())
        .longValue();
  }

  /**
   * Straight through JDBC on the transaction's connection: a search is one statement whose rows are
   * read by position, which EclipseLink's native queries only made dearer (building the query,
   * translating its parameters, wrapping each row) on every distinct search.
   */
  private Page<OrganisationSummary> searchNow(
      OrganisationFilter filter, SqlConditions conditions, PageRequest page, RegionNames names) {
    long cap = Math.max(MAX_COUNTED, (long) page.offset() + page.size());
    String sql =
        // Past the cap the list says 'more than'.
        "with counted as ("
            + SearchPageRows.count(filter, conditions, cap)
            + ") select counted.total, shown.* from counted left join ("
            + "select o.slug, o.name, o.description, o.demo, array_to_string(p.care_needs, ','),"
            + " p.has_24x7, p.national,"
            // The regions of the municipalities served are named after the read (RegionNames):
            // a municipality can move to another region.
            + " array_to_string(p.region_ids, ','), array_to_string(p.municipality_ids, ','),"
            + " o.description_en, p.tier, p.sort_name, p.organisation_id"
            + " from ("
            + SearchPageRows.sql(filter, conditions, page)
            + ") p join directory.organisation o on o.id = p.organisation_id"
            // The row exists only for a published profile; checked again for the few shown.
            + " where o.state = 'PUBLISHED') shown on true"
            + " order by "
            + SearchPageRows.order(filter.sort());
    long total = 0;
    List<OrganisationSummary> items = new ArrayList<>();
    Connection connection = connection();
    try (PreparedStatement statement = conditions.prepare(connection, sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        total = rows.getLong(1);
        if (rows.getString(2) != null) {
          items.add(summary(rows, names));
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
    if (page.offset() == 0 && items.size() < page.size()) {
      return new Page<>(items, page.number(), page.size(), items.size());
    }
    return total > cap
        ? new Page<>(items, page.number(), page.size(), cap, true)
        : new Page<>(items, page.number(), page.size(), total);
  }

  /** The regions and their municipalities under the generation, read again when it moved. */
  private RegionNames regionNames(long generation) {
    RegionNames known = regionNames;
    if (known.generation() != generation) {
      try {
        known = RegionNames.read(connection(), generation);
      } catch (SQLException e) {
        throw new PersistenceException(e);
      }
      regionNames = known;
    }
    return known;
  }

  /** The connection of the caller's transaction, which EclipseLink hands out and closes. */
  private Connection connection() {
    Connection connection = em.unwrap(Connection.class);
    if (connection == null) {
      throw new IllegalStateException("a directory search needs a transaction");
    }
    return connection;
  }

  /**
   * Per care need of the filter, in the order given: the first {@code perNeed} published
   * organisations that fit, nearest first (see {@link HelpFilter}), and how many fit in all.
   */
  public List<NearbyHelp> nearby(HelpFilter filter, int perNeed) {
    return NearbyHelpQuery.run(em, filter, perNeed);
  }

  private static OrganisationSummary summary(ResultSet row, RegionNames names) throws SQLException {
    String english = row.getString(11);
    return new OrganisationSummary(
        row.getString(2),
        row.getString(3),
        shorten(row.getString(4)),
        row.getBoolean(5),
        splitNeeds(row.getString(6)),
        row.getBoolean(7),
        row.getBoolean(8),
        names.of(row.getString(9), row.getString(10)),
        english == null ? null : shorten(english));
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
    String text = HtmlText.of(description);
    if (text.length() <= SUMMARY_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
    return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + "…";
  }
}
