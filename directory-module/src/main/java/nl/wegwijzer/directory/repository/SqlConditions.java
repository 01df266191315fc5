package nl.wegwijzer.directory.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WHERE clause of a directory search over {@code directory.organisation_search s}, with its
 * bound values. Values are always parameters; the SQL text only ever contains fixed fragments.
 *
 * <p>Each filter is a token in the row's {@code keys} (GIN-indexed), so PostgreSQL finds the
 * candidates from the index. The filters on services must hold for one and the same service, so
 * when more than one applies, the candidates are looked up among the services that fit instead
 * (directory V60: one row per service, GIN-indexed), a semi-join that reads only those services;
 * without words the row's keys then answer the language only.
 */
final class SqlConditions {

  private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

  private final StringBuilder sql = new StringBuilder();
  private final StringBuilder services = new StringBuilder();
  private final List<Object> values = new ArrayList<>();
  private int textParameter;
  private boolean byServicesAlone;
  private boolean hasArea;

  private SqlConditions() {}

  static SqlConditions of(OrganisationFilter filter, RegionNames regions) {
    SqlConditions conditions = new SqlConditions();
    if (!filter.text().isEmpty()) {
      conditions.textParameter =
          conditions.add(
              conditions.sql,
              filter.english()
                  ? " and (s.search_vector @@ to_tsquery('dutch', ?N)"
                      + " or s.search_vector_en @@ to_tsquery('english', ?N))"
                  : " and s.search_vector @@ to_tsquery('dutch', ?N)",
              filter.text().tsQuery());
    }
    List<String> serviceTokens = new ArrayList<>();
    if (filter.need() != null) {
      serviceTokens.add(SearchTokens.need(filter.need()));
    }
    serviceTokens.addAll(
        SearchTokens.profile(filter.ageGroup(), filter.gender(), filter.nationality()));
    if (filter.form() != null) {
      serviceTokens.add(SearchTokens.form(filter.form()));
    }
    String area = conditions.area(filter, regions);
    conditions.hasArea = area != null;
    // Two or more service conditions must hold for one and the same service. Without words the
    // services that fit decide them all, and the row's own keys are not asked again: asking both
    // made PostgreSQL read every candidate of the keys (626 rows for need, form and region) where
    // the services' 256 lead to 255 rows (page by name 2.25 -> 1.35 ms, EXPLAIN ANALYZE at 10,000
    // organisations). With words the keys stay: their bitmap AND the words' is what finds the
    // candidates (the count of 'tolken' with need and form took 5 ms with them, 19 without). The
    // service rows carry their organisation's languages too (directory V63), so without words a
    // language is asked of them as well.
    boolean sameService = serviceTokens.size() + (area == null ? 0 : 1) > 1;
    conditions.byServicesAlone = sameService && filter.text().isEmpty();
    List<String> required = new ArrayList<>(conditions.byServicesAlone ? List.of() : serviceTokens);
    filter
        .languageCode()
        .ifPresent(
            language ->
                (conditions.byServicesAlone ? serviceTokens : required)
                    .add(SearchTokens.language(language)));
    if (!required.isEmpty()) {
      conditions.add(
          conditions.sql, " and s.keys @> string_to_array(?N, ' ')", String.join(" ", required));
    }
    if (area != null && !conditions.byServicesAlone) {
      conditions.sql.append(" and s.keys && ").append(area);
    }
    if (sameService) {
      if (!serviceTokens.isEmpty()) {
        conditions.add(
            conditions.services,
            " and v.tokens @> string_to_array(?N, ' ')",
            String.join(" ", serviceTokens));
      }
      if (area != null) {
        conditions.services.append(" and v.tokens && ").append(area);
      }
      conditions
          .sql
          .append(
              " and s.organisation_id in (select v.organisation_id"
                  + " from directory.organisation_search_service v")
          .append(conditions.servicesWhere())
          .append(")");
    }
    return conditions;
  }

  /**
   * The tokens of which a service needs one to serve the chosen place, as SQL; null for anywhere. A
   * region's area is expanded into the municipalities in it now (from the regions read under the
   * search's generation), so the rows hold no region of a municipality that could go stale. The
   * tokens are one value, which PostgreSQL plans with: a subquery for the municipalities left it
   * guessing 136 of the 2,724 services that fit 'gender=female&region=...', and it read and sorted
   * all of their organisations for a page of twenty (12 ms) instead of walking the names in order
   * (0.7 ms; EXPLAIN ANALYZE at 10,000 organisations, docs/benchmarks.md).
   */
  private String area(OrganisationFilter filter, RegionNames regions) {
    List<String> tokens = new ArrayList<>();
    if (filter.municipality() != null) {
      tokens.add(SearchTokens.NATIONAL);
      tokens.add(SearchTokens.region(filter.municipality().region()));
      tokens.add(SearchTokens.municipality(filter.municipality()));
    } else if (filter.region() != null) {
      tokens.add(SearchTokens.NATIONAL);
      tokens.add(SearchTokens.region(filter.region()));
      for (long municipality : regions.municipalitiesIn(filter.region().id())) {
        tokens.add(SearchTokens.municipality(municipality));
      }
    } else {
      return null;
    }
    return "string_to_array(?" + addValue(String.join(" ", tokens)) + ", ' ')";
  }

  private int add(StringBuilder to, String fragment, Object value) {
    int number = addValue(value);
    to.append(fragment.replace("?N", "?" + number));
    return number;
  }

  private int addValue(Object value) {
    values.add(value);
    return values.size();
  }

  /** Only published profiles have a search row: a draft or archived one is never found. */
  String where() {
    return " where true" + sql;
  }

  /**
   * Whether the services that fit decide the whole search (two or more service conditions, no
   * words): then {@link #servicesWhere} over {@code directory.organisation_search_service v} finds
   * the organisations, and each of their service rows carries the name to sort by.
   */
  boolean byServicesAlone() {
    return byServicesAlone;
  }

  /** Whether the services must serve a chosen place (a region or a municipality). */
  boolean hasArea() {
    return hasArea;
  }

  /** The conditions on one service row {@code v}, with its organisation's languages. */
  String servicesWhere() {
    return " where true" + services;
  }

  /** Everything that decides the answer besides the stored data: the SQL and its values. */
  Object question() {
    return List.of(sql.toString(), List.copyOf(values));
  }

  int textParameter() {
    return textParameter;
  }

  /**
   * A JDBC statement of SQL written with these conditions: JDBC numbers no parameters, so each
   * {@code ?N} becomes a {@code ?} bound to value N (a value used twice is bound twice).
   */
  PreparedStatement prepare(Connection connection, String sql) throws SQLException {
    Matcher parameter = PARAMETER.matcher(sql);
    StringBuilder jdbc = new StringBuilder();
    List<Object> bound = new ArrayList<>();
    while (parameter.find()) {
      bound.add(values.get(Integer.parseInt(parameter.group(1)) - 1));
      parameter.appendReplacement(jdbc, "?");
    }
    parameter.appendTail(jdbc);
    PreparedStatement statement = connection.prepareStatement(jdbc.toString());
    for (int i = 0; i < bound.size(); i++) {
      statement.setObject(i + 1, bound.get(i));
    }
    return statement;
  }
}
