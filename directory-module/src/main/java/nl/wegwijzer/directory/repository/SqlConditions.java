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
  private final List<Object> values = new ArrayList<>();
  private int textParameter;

  private SqlConditions() {}

  static SqlConditions of(OrganisationFilter filter) {
    SqlConditions conditions = new SqlConditions();
    if (!filter.text().isEmpty()) {
      conditions.textParameter =
          conditions.add(
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
    String area = conditions.area(filter);
    // Two or more service conditions must hold for one and the same service. Without words the
    // services that fit decide them all, and the row's own keys are not asked again: asking both
    // made PostgreSQL read every candidate of the keys (626 rows for need, form and region) where
    // the services' 256 lead to 255 rows (page by name 2.25 -> 1.35 ms, EXPLAIN ANALYZE at 10,000
    // organisations). With words the keys stay: their bitmap AND the words' is what finds the
    // candidates (the count of 'tolken' with need and form took 5 ms with them, 19 without).
    boolean sameService = serviceTokens.size() + (area == null ? 0 : 1) > 1;
    boolean byServicesAlone = sameService && filter.text().isEmpty();
    List<String> required = new ArrayList<>(byServicesAlone ? List.of() : serviceTokens);
    filter.languageCode().ifPresent(language -> required.add(SearchTokens.language(language)));
    if (!required.isEmpty()) {
      conditions.add(" and s.keys @> string_to_array(?N, ' ')", String.join(" ", required));
    }
    if (area != null && !byServicesAlone) {
      conditions.sql.append(" and s.keys && ").append(area);
    }
    if (sameService) {
      conditions.sql.append(
          " and s.organisation_id in (select v.organisation_id"
              + " from directory.organisation_search_service v where true");
      if (!serviceTokens.isEmpty()) {
        conditions.add(
            " and v.tokens @> string_to_array(?N, ' ')", String.join(" ", serviceTokens));
      }
      if (area != null) {
        conditions.sql.append(" and v.tokens && ").append(area);
      }
      conditions.sql.append(")");
    }
    return conditions;
  }

  /**
   * The tokens of which a service needs one to serve the chosen place, as SQL; null for anywhere. A
   * region's area is expanded into the municipalities in it now, so the rows hold no region of a
   * municipality that could go stale.
   */
  private String area(OrganisationFilter filter) {
    if (filter.municipality() != null) {
      int tokens =
          addValue(
              String.join(
                  " ",
                  SearchTokens.NATIONAL,
                  SearchTokens.region(filter.municipality().region()),
                  SearchTokens.municipality(filter.municipality())));
      return "string_to_array(?" + tokens + ", ' ')";
    }
    if (filter.region() != null) {
      int tokens = addValue(SearchTokens.NATIONAL + " " + SearchTokens.region(filter.region()));
      int id = addValue(filter.region().id());
      return "(string_to_array(?"
          + tokens
          + ", ' ') || array(select 'm:' || m.id from directory.municipality m"
          + " where m.region_id = ?"
          + id
          + "))";
    }
    return null;
  }

  private int add(String fragment, Object value) {
    int number = addValue(value);
    sql.append(fragment.replace("?N", "?" + number));
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
