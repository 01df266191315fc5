package nl.wegwijzer.directory.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.NearbyHelp;
import nl.wegwijzer.directory.model.NearbyOrganisation;
import nl.wegwijzer.directory.model.Nearness;

/**
 * The organisations that fit a {@link HelpFilter}, per care need, nearest first, in one statement
 * over the search rows: the GIN index on {@code keys} finds the candidates, each candidate's
 * services are then checked one by one (need, place and profile must hold for the same service),
 * and the nearest fitting service gives the organisation its place in the list. PostgreSQL ranks,
 * cuts and counts per need; only the first few per need come back.
 */
final class NearbyHelpQuery {

  private final List<Object> values = new ArrayList<>();

  private NearbyHelpQuery() {}

  static List<NearbyHelp> run(EntityManager em, HelpFilter filter, int perNeed) {
    if (filter.needs().isEmpty()) {
      return List.of();
    }
    NearbyHelpQuery built = new NearbyHelpQuery();
    Query query = em.createNativeQuery(built.sql(filter, perNeed));
    for (int i = 0; i < built.values.size(); i++) {
      query.setParameter(i + 1, built.values.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return answer(filter, rows);
  }

  private String sql(HelpFilter filter, int perNeed) {
    int needs = add(filter.needs().stream().map(SearchTokens::need).toList());
    int required = add(SearchTokens.profile(filter.age(), filter.gender(), filter.nationality()));
    // Without a place, only what is offered everywhere; with one, also its region and itself.
    List<String> area = new ArrayList<>(List.of(SearchTokens.NATIONAL));
    List<String> local = new ArrayList<>();
    List<String> regional = new ArrayList<>();
    if (filter.municipality() != null) {
      local.add(SearchTokens.municipality(filter.municipality()));
      regional.add(SearchTokens.region(filter.municipality().region()));
      area.addAll(local);
      area.addAll(regional);
    }
    int inMunicipality = add(local);
    int inRegion = add(regional);
    // A whole region's search: its other municipalities' services too, as the directory's region
    // filter finds them (SqlConditions.area), read now so a municipality's move counts at once.
    String elsewhere = "array[]::text[]";
    if (filter.within() != null) {
      values.add(filter.within().id());
      elsewhere =
          "array(select 'm:' || m.id from directory.municipality m where m.region_id = ?"
              + values.size()
              + ")";
    }
    String anywhereSql = "(" + array(add(area)) + " || " + elsewhere + ")";
    StringBuilder candidates =
        new StringBuilder(" s.keys @> array[need.token] and s.keys @> ")
            .append(array(required))
            .append(" and s.keys && ")
            .append(anywhereSql);
    StringBuilder service =
        new StringBuilder(" t.tokens @> array[need.token] and t.tokens @> ")
            .append(array(required))
            .append(" and t.tokens && ")
            .append(anywhereSql);
    if (!filter.forms().isEmpty()) {
      int forms = add(filter.forms().stream().map(SearchTokens::form).sorted().toList());
      candidates.append(" and s.keys && ").append(array(forms));
      service.append(" and t.tokens && ").append(array(forms));
    }
    if (!filter.languages().isEmpty()) {
      int languages =
          add(filter.languages().stream().sorted().map(SearchTokens::language).toList());
      candidates.append(" and s.keys && ").append(array(languages));
    }
    String order =
        (filter.urgent() ? "f.has_24x7 desc, " : "") + "f.nearness, f.sort_name, f.organisation_id";
    return "with fit as ("
        + " select need.token as need, s.organisation_id, s.sort_name, s.has_24x7,"
        + "  min(case when t.tokens && "
        + array(inMunicipality)
        + " then 0 when t.tokens && "
        + array(inRegion)
        + " then 1 when t.tokens && "
        + elsewhere
        + " then 2 else 3 end) as nearness"
        + " from unnest("
        + array(needs)
        + ") as need (token)"
        + " join directory.organisation_search s on"
        + candidates
        + " cross join lateral (select string_to_array(e, ' ') as tokens"
        + "  from unnest(s.services) e) t"
        + " where"
        + service
        + " group by need.token, s.organisation_id, s.sort_name, s.has_24x7),"
        + " ranked as (select f.*,"
        + "  row_number() over (partition by f.need order by "
        + order
        + ") as place,"
        + "  count(*) over (partition by f.need) as total from fit f)"
        + " select r.need, o.slug, o.name, o.demo, r.nearness, r.total,"
        + "  (select string_agg(p.number, '|' order by p.position)"
        + "   from directory.organisation_phone p"
        + "   where p.organisation_id = o.id and p.available_24x7)"
        + " from ranked r join directory.organisation o on o.id = r.organisation_id"
        // The row exists only for a published profile; checked again for the few shown.
        + " where r.place <= "
        + perNeed
        + " and o.state = 'PUBLISHED'"
        + " order by r.need, r.place";
  }

  /** The needs in the order asked, each with its organisations (none: an empty list). */
  private static List<NearbyHelp> answer(HelpFilter filter, List<Object[]> rows) {
    Map<String, List<NearbyOrganisation>> first = new LinkedHashMap<>();
    Map<String, Long> totals = new LinkedHashMap<>();
    for (Object[] row : rows) {
      String need = (String) row[0];
      first
          .computeIfAbsent(need, n -> new ArrayList<>())
          .add(
              new NearbyOrganisation(
                  (String) row[1],
                  (String) row[2],
                  (Boolean) row[3],
                  // 0 to 3 as the query ranks them: Nearness lists its values nearest first.
                  Nearness.values()[((Number) row[4]).intValue()].code(),
                  row[6] == null ? List.of() : Arrays.asList(((String) row[6]).split("\\|"))));
      totals.put(need, ((Number) row[5]).longValue());
    }
    List<NearbyHelp> answer = new ArrayList<>();
    for (CareNeed need : filter.needs().stream().distinct().toList()) {
      String token = SearchTokens.need(need);
      answer.add(
          new NearbyHelp(
              need.code(), first.getOrDefault(token, List.of()), totals.getOrDefault(token, 0L)));
    }
    return answer;
  }

  private int add(List<String> tokens) {
    values.add(String.join(" ", tokens));
    return values.size();
  }

  private static String array(int parameter) {
    return "string_to_array(?" + parameter + ", ' ')";
  }
}
