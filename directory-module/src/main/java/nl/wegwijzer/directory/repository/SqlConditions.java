package nl.wegwijzer.directory.repository;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a directory search with its bound values. Values are always parameters; the
 * SQL text only ever contains fixed fragments.
 */
final class SqlConditions {

  private final StringBuilder sql = new StringBuilder();
  private final List<Object> values = new ArrayList<>();
  private int textParameter;

  private SqlConditions() {}

  static SqlConditions of(OrganisationFilter filter) {
    SqlConditions conditions = new SqlConditions();
    if (!filter.text().isEmpty()) {
      conditions.textParameter =
          conditions.add(
              " and o.search_vector @@ to_tsquery('dutch', ?N)", filter.text().tsQuery());
    }
    filter
        .languageCode()
        .ifPresent(
            language ->
                conditions.add(
                    " and exists (select 1 from directory.organisation_language l"
                        + " where l.organisation_id = o.id and l.language = ?N)",
                    language));
    if (filter.filtersServices()) {
      conditions.sql.append(
          " and exists (select 1 from directory.care_service s where s.organisation_id = o.id");
      if (filter.need() != null) {
        conditions.add(" and s.care_need = ?N", filter.need().name());
      }
      if (filter.ageGroup() != null) {
        conditions.add(
            " and exists (select 1 from directory.care_service_age_group x"
                + " where x.care_service_id = s.id and x.age_group = ?N)",
            filter.ageGroup().name());
      }
      if (filter.gender() != null) {
        conditions.add(
            " and exists (select 1 from directory.care_service_gender x"
                + " where x.care_service_id = s.id and x.gender = ?N)",
            filter.gender().name());
      }
      if (filter.nationality() != null) {
        conditions.add(
            " and exists (select 1 from directory.care_service_nationality x"
                + " where x.care_service_id = s.id and x.nationality_group = ?N)",
            filter.nationality().name());
      }
      if (filter.form() != null) {
        conditions.add(
            " and exists (select 1 from directory.care_service_form x"
                + " where x.care_service_id = s.id and x.form = ?N)",
            filter.form().name());
      }
      if (filter.municipality() != null) {
        long municipality = filter.municipality().id();
        long region = filter.municipality().region().id();
        conditions.add(
            " and (s.area_scope = 'NATIONAL'"
                + " or exists (select 1 from directory.care_service_region x"
                + "   where x.care_service_id = s.id and x.region_id = ?N)",
            region);
        conditions.add(
            " or exists (select 1 from directory.care_service_municipality x"
                + "   where x.care_service_id = s.id and x.municipality_id = ?N))",
            municipality);
      } else if (filter.region() != null) {
        long region = filter.region().id();
        conditions.add(
            " and (s.area_scope = 'NATIONAL'"
                + " or exists (select 1 from directory.care_service_region x"
                + "   where x.care_service_id = s.id and x.region_id = ?N)",
            region);
        conditions.add(
            " or exists (select 1 from directory.care_service_municipality x"
                + "   join directory.municipality m on m.id = x.municipality_id"
                + "   where x.care_service_id = s.id and m.region_id = ?N))",
            region);
      }
      conditions.sql.append(")");
    }
    return conditions;
  }

  private int add(String fragment, Object value) {
    values.add(value);
    int number = values.size();
    sql.append(fragment.replace("?N", "?" + number));
    return number;
  }

  /** Only published profiles are ever found: an archived one is off the public directory. */
  String where() {
    return " where o.state = 'PUBLISHED'" + sql;
  }

  int textParameter() {
    return textParameter;
  }

  void bind(Query query) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
  }
}
