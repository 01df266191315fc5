package nl.wegwijzer.directory.repository;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a consumer of the open data narrows a list to, already checked: words of the organisation's
 * search document, one term of the Wegwijzer taxonomy (facet and code), and profiles modified at or
 * after an instant. Each part may be null.
 */
public record HsdsFilter(String text, String facet, String code, Instant modifiedAfter) {

  public static final HsdsFilter NONE = new HsdsFilter(null, null, null, null);

  /** The conditions (each starting with " and ") over {@code s} (service) and {@code o}. */
  String conditions(List<Object> parameters) {
    StringBuilder sql = new StringBuilder();
    if (text != null) {
      parameters.add(text);
      sql.append(" and os.search_vector @@ plainto_tsquery('dutch', ?")
          .append(parameters.size())
          .append(")");
    }
    if (modifiedAfter != null) {
      parameters.add(java.sql.Timestamp.from(modifiedAfter));
      sql.append(" and o.modified_at >= ?").append(parameters.size());
    }
    if (facet != null) {
      sql.append(" and ").append(termCondition(parameters));
    }
    return sql.toString();
  }

  private String termCondition(List<Object> parameters) {
    String stored = code.toUpperCase(Locale.ROOT).replace('-', '_');
    return switch (facet) {
      case "care-need" -> bound("s.care_need = ?", stored, parameters);
      case "access" -> bound("s.access_route = ?", stored, parameters);
      case "age" -> codeOfService("care_service_age_group", "age_group", stored, parameters);
      case "gender" -> codeOfService("care_service_gender", "gender", stored, parameters);
      case "nationality" ->
          codeOfService("care_service_nationality", "nationality_group", stored, parameters);
      case "form" -> codeOfService("care_service_form", "form", stored, parameters);
      // The two terms that are not a service's own say whether its organisation has one.
      case "phone" ->
          "exists (select 1 from directory.organisation_phone x"
              + " where x.organisation_id = o.id and x.available_24x7)";
      case "location" ->
          "exists (select 1 from directory.location x"
              + " where x.organisation_id = o.id and x.municipality_id is not null)";
      default -> throw new IllegalArgumentException("no facet " + facet);
    };
  }

  private static String codeOfService(
      String table, String column, String stored, List<Object> parameters) {
    return bound(
        "exists (select 1 from directory."
            + table
            + " x where x.care_service_id = s.id and x."
            + column
            + " = ?)",
        stored,
        parameters);
  }

  /** The condition with its one '?' numbered as the next parameter. */
  private static String bound(String condition, Object value, List<Object> parameters) {
    parameters.add(value);
    return condition.replace("?", "?" + parameters.size());
  }
}
