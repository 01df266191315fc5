package nl.wegwijzer.directory.repository;

import java.util.ArrayList;
import java.util.List;
import nl.wegwijzer.directory.model.OrganisationSort;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * The select of one page's search rows, in the list's order (directory V46). By name it is one
 * index-ordered read. By relevance nothing is ranked row by row: the matches fall into groups in
 * order of priority (with a place in the words: serving the municipality itself, else its whole
 * region, else the rest; then: the name matches the words, else only the rest of the profile), and
 * each group is its own part of the statement, ordered by name and cut at the end of the page asked
 * for; the groups after the one that fills the page are not read. A broad word that half the
 * directory matches thus reads a page's worth of rows in name order, where ts_rank_cd had to rank
 * every match before the first twenty were known.
 */
final class SearchPageRows {

  private static final String COLUMNS =
      "s.organisation_id, s.sort_name, s.care_needs, s.has_24x7, s.national, s.region_ids,"
          + " s.municipality_ids";

  private SearchPageRows() {}

  /**
   * The count of the matches, which stops one past {@code cap}: past it the list says 'more than';
   * its values are the conditions'. The services that fit are counted from the service rows alone,
   * each organisation once. With a place, exactly, from the tokens' index: a place leaves a
   * region's share of the services at most, and walking them in the order of an index until the
   * 101st organisation read 5,027 rows for need and municipality (3.5 ms) where the index finds its
   * 375 (0.4 ms; 2,755 for adult and Zeeland, 1.5 ms). Without a place the walk stays: a broad pair
   * of tokens fits half the services, which the walk counts to 101 in 0.2 ms and the index in 14 ms
   * (EXPLAIN ANALYZE at 10,000 organisations).
   */
  static String count(OrganisationFilter filter, SqlConditions conditions, long cap) {
    if (byServicesAlone(filter, conditions)) {
      String services =
          " from directory.organisation_search_service v" + conditions.servicesWhere();
      return conditions.hasArea()
          ? "select count(distinct v.organisation_id) as total" + services
          : "select count(*) as total from (select v.organisation_id"
              + services
              + " group by v.organisation_id limit "
              + (cap + 1)
              + ") c";
    }
    return "select count(*) as total from (select 1 from directory.organisation_search s"
        + conditions.where()
        + " limit "
        + (cap + 1)
        + ") c";
  }

  /** The select, with the columns above and {@code tier}; its values are the conditions'. */
  static String sql(OrganisationFilter filter, SqlConditions conditions, PageRequest page) {
    String limit = " limit " + page.size() + " offset " + page.offset();
    if (byServicesAlone(filter, conditions)) {
      // The service rows in name order (directory V63), each organisation once: a page of twenty
      // reads about twenty organisations' services where the names were walked and each
      // organisation's services looked up (610 names for need and municipality: 3.9 -> 0.5 ms).
      String direction = filter.sort() == OrganisationSort.NAME_DESC ? " desc" : "";
      return "select "
          + COLUMNS
          + ", 0 as tier from (select v.organisation_id"
          + " from directory.organisation_search_service v"
          + conditions.servicesWhere()
          + " group by v.sort_name, v.organisation_id order by v.sort_name"
          + direction
          + ", v.organisation_id"
          + direction
          + limit
          + ") fit join directory.organisation_search s on s.organisation_id = fit.organisation_id";
    }
    if (filter.sort() != OrganisationSort.RELEVANCE) {
      return "select "
          + COLUMNS
          + ", 0 as tier from directory.organisation_search s"
          + conditions.where()
          + " order by "
          + order(filter.sort())
          + limit;
    }
    List<String> groups = groups(filter, conditions);
    List<String> parts = new ArrayList<>();
    for (int tier = 0; tier < groups.size(); tier++) {
      parts.add(
          "(select "
              + COLUMNS
              + ", "
              + tier
              + " as tier from directory.organisation_search s"
              + conditions.where()
              + " and "
              + groups.get(tier)
              + " order by s.sort_name, s.organisation_id limit "
              + (page.offset() + page.size())
              + ")");
    }
    // No order over the groups: they come in order of priority, each ordered by name, and
    // PostgreSQL's Append reads its parts one after the other and stops once the limit is met, so
    // the broad groups at the end are not read at all when the first ones fill the page ('advocaat
    // Utrecht': the region's matches fill it, and the whole country's are left alone). An order
    // here
    // would make it read every group to the end. The Append is serial because the search's
    // transaction allows no parallel workers (OrganisationRepository.beginSearch).
    return "select * from (" + String.join(" union all ", parts) + ") g" + limit;
  }

  /** The order of the rows this select gives, over its own columns. */
  static String order(OrganisationSort sort) {
    return switch (sort) {
      case RELEVANCE -> "tier, sort_name, organisation_id";
      case NAME -> "sort_name, organisation_id";
      case NAME_DESC -> "sort_name desc, organisation_id desc";
    };
  }

  private static boolean byServicesAlone(OrganisationFilter filter, SqlConditions conditions) {
    return conditions.byServicesAlone() && filter.sort() != OrganisationSort.RELEVANCE;
  }

  /** Every combination of the groups' conditions, best first; together they cover every match. */
  private static List<String> groups(OrganisationFilter filter, SqlConditions conditions) {
    List<List<String>> dimensions = new ArrayList<>();
    if (filter.nearestFirst()) {
      String here = "s.keys @> array['" + SearchTokens.municipality(filter.municipality()) + "']";
      String region =
          "s.keys @> array['" + SearchTokens.region(filter.municipality().region()) + "']";
      dimensions.add(
          List.of(here, "not " + here + " and " + region, "not " + here + " and not " + region));
    }
    if (!filter.text().isEmpty()) {
      String name = "s.name_vector @@ to_tsquery('dutch', ?" + conditions.textParameter() + ")";
      dimensions.add(List.of(name, "not " + name));
    }
    List<String> groups = List.of("true");
    for (List<String> dimension : dimensions) {
      List<String> combined = new ArrayList<>();
      for (String before : groups) {
        for (String condition : dimension) {
          combined.add(
              before.equals("true") ? "(" + condition + ")" : before + " and (" + condition + ")");
        }
      }
      groups = combined;
    }
    return groups;
  }
}
