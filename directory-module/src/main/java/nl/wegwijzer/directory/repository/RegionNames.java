package nl.wegwijzer.directory.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The regions' names and the region of each municipality under one search generation (which moves
 * in the transaction that renames a region or moves a municipality, directory V7), for the region
 * names of a directory list's rows and the municipalities of a region filter. Read once per
 * generation in one statement: a subquery per row looked them up in each search (20 loops of a
 * region scan and a municipality lookup a page).
 */
final class RegionNames {

  static final RegionNames NONE = new RegionNames(Long.MIN_VALUE, Map.of(), Map.of());

  private final long generation;
  private final Map<Long, String> names;
  private final Map<Long, Long> regionOfMunicipality;
  private final Map<Long, List<Long>> municipalitiesOfRegion;

  private RegionNames(long generation, Map<Long, String> names, Map<Long, Long> regions) {
    this.generation = generation;
    this.names = names;
    this.regionOfMunicipality = regions;
    Map<Long, List<Long>> municipalities = new HashMap<>();
    regions.forEach(
        (municipality, region) ->
            municipalities.computeIfAbsent(region, r -> new ArrayList<>()).add(municipality));
    municipalities.replaceAll((region, ids) -> ids.stream().sorted().toList());
    this.municipalitiesOfRegion = Map.copyOf(municipalities);
  }

  long generation() {
    return generation;
  }

  static RegionNames read(Connection connection, long generation) throws SQLException {
    Map<Long, String> names = new HashMap<>();
    Map<Long, Long> regions = new HashMap<>();
    try (PreparedStatement statement =
            connection.prepareStatement(
                "select id, name, null from directory.region"
                    + " union all select id, null, region_id from directory.municipality");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String name = rows.getString(2);
        if (name != null) {
          names.put(rows.getLong(1), name);
        } else {
          regions.put(rows.getLong(1), rows.getLong(3));
        }
      }
    }
    return new RegionNames(generation, Map.copyOf(names), Map.copyOf(regions));
  }

  /**
   * The names of the regions served, sorted and each once: those served whole ({@code regionIds})
   * and those of the municipalities served ({@code municipalityIds}), both as ids joined by commas.
   * Sorted by code point, as the database's C.UTF-8 collation sorted them before.
   */
  List<String> of(String regionIds, String municipalityIds) {
    Set<String> found = new TreeSet<>();
    for (long region : ids(regionIds)) {
      add(found, region);
    }
    for (long municipality : ids(municipalityIds)) {
      Long region = regionOfMunicipality.get(municipality);
      if (region != null) {
        add(found, region);
      }
    }
    return List.copyOf(found);
  }

  /** The ids of the municipalities in the region, ascending; none for an unknown region. */
  List<Long> municipalitiesIn(long region) {
    return municipalitiesOfRegion.getOrDefault(region, List.of());
  }

  private void add(Set<String> found, long region) {
    String name = names.get(region);
    if (name != null) {
      found.add(name);
    }
  }

  private static long[] ids(String joined) {
    if (joined == null || joined.isEmpty()) {
      return new long[0];
    }
    String[] parts = joined.split(",");
    long[] ids = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      ids[i] = Long.parseLong(parts[i]);
    }
    return ids;
  }
}
