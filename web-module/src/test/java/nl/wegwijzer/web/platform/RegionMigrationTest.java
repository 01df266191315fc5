package nl.wegwijzer.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijzer.casework.migration.QuasiIdentifierSealing;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * directory V10 on a database that has data on the 25 safety regions: rows of every kind that names
 * a region are loaded on the old model (directory at V8_2, casework at V11, web at V3), then every
 * schema is migrated as at start-up. In a database of its own, so the other tests' schemas stay as
 * they are.
 */
class RegionMigrationTest {

  private static final String DATABASE = "wegwijzer_region_migration";
  private static final String URL =
      TestDatabase.URL.replaceFirst("/[^/?]+(\\?.*)?$", "/" + DATABASE);

  /** Each user's regions, and the signals (reference → old region) they could see, before. */
  private static final Map<String, Set<String>> signalsSeenBefore = new HashMap<>();

  private static final Map<String, String> oldRegionOfSignal = new HashMap<>();
  private static int municipalitiesBefore;

  @BeforeAll
  static void loadTheOldModelAndMigrate() throws SQLException {
    TestDatabase.execute(
        "drop database if exists " + DATABASE + " with (force)", "create database " + DATABASE);
    migrate("directory", "8.2");
    migrate("content", "41");
    migrate("casework", "11");
    migrate("web", "3");
    try (Connection db = connect();
        Statement sql = db.createStatement()) {
      for (String statement : OLD_MODEL) {
        sql.execute(statement);
      }
      municipalitiesBefore = count(sql, "select count(*) from directory.municipality");
      try (ResultSet rows =
          sql.executeQuery(
              "select s.reference, r.code from casework.signal s"
                  + " join directory.region r on r.id = s.region_id")) {
        while (rows.next()) {
          oldRegionOfSignal.put(rows.getString(1), rows.getString(2));
        }
      }
      for (Map.Entry<String, Set<String>> user : regionsOfUsers(sql).entrySet()) {
        Set<String> seen = new HashSet<>();
        oldRegionOfSignal.forEach(
            (reference, region) -> {
              if (user.getValue().contains(region)) {
                seen.add(reference);
              }
            });
        signalsSeenBefore.put(user.getKey(), seen);
      }
    }
    for (String schema : List.of("directory", "content", "casework", "web")) {
      // casework up to the last version that holds a signal's municipality in clear (V46 seals it
      // away with the key, QuasiIdentifierSealing), so the checks below can read it
      migrate(schema, schema.equals("casework") ? QuasiIdentifierSealing.AFTER_VERSION : null);
    }
  }

  /** On the old model: what a running installation holds, of every kind that names a region. */
  private static final List<String> OLD_MODEL =
      List.of(
          "insert into directory.coordination (region_id, national) values (null, true)",
          coordination("utrecht"),
          coordination("zuid-limburg"),
          coordination("zeeland"),
          "insert into directory.coordination_contact"
              + " select c.id, 'ALL', 'Punt ' || r.code, '010-000 0000', null, null"
              + " from directory.coordination c join directory.region r on r.id = c.region_id",
          "insert into directory.organisation (slug, name, description)"
              + " values ('regionale-hulp', 'Regionale hulp', 'Hulp in twee oude regio''s')",
          "insert into directory.care_service (organisation_id, position, name, description,"
              + " care_need, access_route, area_scope)"
              + " select id, 0, 'Opvang', 'Opvang', 'SHELTER', 'DIRECT', 'REGIONS'"
              + " from directory.organisation",
          "insert into directory.care_service_region select s.id, r.id"
              + " from directory.care_service s, directory.region r"
              + " where r.code in ('brabant-noord', 'utrecht')",
          // Amersfoort, Veenendaal and Utrecht were in the safety region Utrecht; Sittard-Geleen
          // and Maastricht in Zuid-Limburg; Eindhoven in Brabant-Zuidoost; Veere in Zeeland.
          signal("S-AMF", "utrecht", "GM0307", null),
          signal("S-VND", "utrecht", "GM0345", null),
          signal("S-UTR", "utrecht", "GM0344", "Z-1"),
          signal("S-UTR2", "utrecht", "GM0344", "Z-1"),
          signal("S-SIT", "zuid-limburg", "GM1883", null),
          signal("S-MAA", "zuid-limburg", "GM0935", "Z-2"),
          signal("S-EHV", "brabant-zuidoost", "GM0772", null),
          signal("S-VEE", "zeeland", "GM0717", null),
          signal("S-ZL", "zuid-limburg", null, null),
          signal("S-BN", "brabant-noord", null, "Z-3"),
          "insert into casework.bottleneck (category, region_id, observed_on, description,"
              + " recorded_by) select 'NO_SHELTER_PLACE', id, date '2026-11-01', 'Geen plek',"
              + " 'coordinator' from directory.region where code in ('brabant-noord', 'zeeland')",
          "insert into web.user_access values"
              + " ('coordinator-utrecht', true, '{coordinator}', '{utrecht}', null, now()),"
              + " ('coordinator-zuid', true, '{coordinator}', '{zuid-limburg,zeeland}', null, now()),"
              + " ('coordinator-brabant', true, '{coordinator}', '{brabant-noord}', null, now())",
          "insert into web.grant_proposal (user_id, user_name, kind, grant_value, proposed_by,"
              + " proposed_at) values ('id-1', 'coordinator-venlo', 'REGION', 'limburg-noord',"
              + " 'admin', now())",
          "insert into content.revision (kind, slug, number, state, fields, author, last_editor)"
              + " values ('ORGANISATION', 'regionale-hulp', 2, 'DRAFT',"
              + " '{\"name\": \"Regionale hulp\", \"service.0.regions\": \"brabant-noord, zeeland\"}',"
              + " 'editor-a', 'editor-a')");

  private static String coordination(String region) {
    return "insert into directory.coordination (region_id, national)"
        + " select id, false from directory.region where code = '"
        + region
        + "'";
  }

  /** A signal, placed in a municipality or not, bundled into a case or not. */
  private static String signal(String reference, String region, String cbsCode, String caseNumber) {
    String caseId =
        caseNumber == null
            ? "null"
            : "(select id from casework.case_file where number = '" + caseNumber + "')";
    String ensureCase =
        caseNumber == null
            ? ""
            : "insert into casework.case_file (number, region_id, status, opened_on, police_report,"
                + " created_at) select '"
                + caseNumber
                + "', id, 'OPEN', date '2026-10-01', 'NONE', now() from directory.region"
                + " where code = '"
                + region
                + "' on conflict (number) do nothing; ";
    return ensureCase
        + "insert into casework.signal (reference, status, region_id, municipality_id, case_id,"
        + " created_by, created_at) select '"
        + reference
        + "', 'RECEIVED', r.id, "
        + (cbsCode == null
            ? "null"
            : "(select id from directory.municipality where cbs_code = '" + cbsCode + "')")
        + ", "
        + caseId
        + ", 'coordinator', now() from directory.region r where r.code = '"
        + region
        + "'";
  }

  @Test
  void thirtyFiveRegionsAndEveryRowStillHasOneOfThem() throws SQLException {
    try (Connection db = connect();
        Statement sql = db.createStatement()) {
      assertEquals(35, count(sql, "select count(*) from directory.region"));
      assertEquals(municipalitiesBefore, count(sql, "select count(*) from directory.municipality"));
      for (String table :
          List.of(
              "directory.municipality",
              "directory.care_service_region",
              "casework.signal",
              "casework.case_file",
              "casework.bottleneck")) {
        assertEquals(
            0,
            count(
                sql,
                "select count(*) from "
                    + table
                    + " x where not exists (select 1 from directory.region r where r.id = x.region_id)"),
            table);
      }
      assertEquals(10, count(sql, "select count(*) from casework.signal"));
      assertEquals(
          0,
          count(
              sql,
              "select count(*) from web.user_access u, unnest(u.regions) c"
                  + " where not exists (select 1 from directory.region r where r.code = c)"),
          "users' regions are region codes");
      assertEquals(
          0,
          count(
              sql,
              "select count(*) from web.grant_proposal p where p.state = 'OPEN' and not exists"
                  + " (select 1 from directory.region r where r.code = p.grant_value)"));
      assertEquals(
          1,
          count(
              sql,
              "select count(*) from web.grant_proposal where state = 'OPEN'"
                  + " and grant_value = 'noord-en-midden-limburg'"));
    }
  }

  @Test
  void aProfileDraftInTheWorkflowNamesTheNewRegions() throws SQLException {
    try (Connection db = connect();
        Statement sql = db.createStatement()) {
      assertEquals(
          "hart-van-brabant, noordoost-brabant, zeeland",
          code(
              sql,
              "select fields ->> 'service.0.regions' from content.revision"
                  + " where slug = 'regionale-hulp'"));
    }
  }

  @Test
  void everySignalAndCaseOfAMunicipalityIsInTheRegionTheMunicipalityBelongsTo()
      throws SQLException {
    try (Connection db = connect();
        Statement sql = db.createStatement()) {
      assertEquals(
          0,
          count(
              sql,
              "select count(*) from casework.signal s join directory.municipality m"
                  + " on m.id = s.municipality_id where s.region_id <> m.region_id"));
      assertEquals(
          0,
          count(
              sql,
              "select count(*) from casework.case_file c join casework.signal s on s.case_id = c.id"
                  + " join directory.municipality m on m.id = s.municipality_id"
                  + " where c.region_id <> m.region_id"));
      assertEquals("eemland", regionOfSignal(sql, "S-AMF"));
      assertEquals("parkstad-westelijke-mijnstreek", regionOfSignal(sql, "S-SIT"));
      assertEquals("maastricht-heuvelland", regionOfSignal(sql, "S-MAA"));
      assertEquals("zuidoost-brabant", regionOfSignal(sql, "S-EHV"));
      assertEquals("zeeland", regionOfSignal(sql, "S-VEE"));
      assertEquals(
          "maastricht-heuvelland",
          code(
              sql,
              "select r.code from casework.case_file c join directory.region r on r.id = c.region_id"
                  + " where c.number = 'Z-2'"));
    }
  }

  @Test
  void noCoordinatorLostASignalTheyCouldSee() throws SQLException {
    try (Connection db = connect();
        Statement sql = db.createStatement()) {
      Map<String, Set<String>> regionsAfter = regionsOfUsers(sql);
      assertEquals(
          Set.of("coordinator-utrecht", "coordinator-zuid", "coordinator-brabant"),
          signalsSeenBefore.keySet());
      for (Map.Entry<String, Set<String>> seen : signalsSeenBefore.entrySet()) {
        assertTrue(!seen.getValue().isEmpty(), seen.getKey() + " saw signals before");
        for (String reference : seen.getValue()) {
          assertTrue(
              regionsAfter.get(seen.getKey()).contains(regionOfSignal(sql, reference)),
              seen.getKey() + " still sees " + reference);
        }
      }
      assertTrue(regionsAfter.get("coordinator-zuid").contains("zeeland"));
    }
  }

  @Test
  void theReportAccountsForEveryRowThatMoved() throws SQLException {
    try (Connection db = connect();
        Statement sql = db.createStatement()) {
      assertEquals(municipalitiesBefore, reported(sql, "municipality"));
      assertEquals(count(sql, "select count(*) from casework.signal"), reported(sql, "signal"));
      assertEquals(count(sql, "select count(*) from casework.case_file"), reported(sql, "case"));
      assertEquals(
          count(sql, "select count(*) from casework.bottleneck"), reported(sql, "bottleneck"));
      assertEquals(
          count(sql, "select count(*) from directory.care_service_region"),
          count(
              sql,
              "select count(distinct new_region) from directory.region_migration_report"
                  + " where kind = 'service-area'"));
      // Per old region, the municipalities reported equal those it had, and the signals those
      // that were in it.
      Map<String, Integer> perOldRegion = new HashMap<>();
      oldRegionOfSignal.values().forEach(r -> perOldRegion.merge(r, 1, Integer::sum));
      for (Map.Entry<String, Integer> region : perOldRegion.entrySet()) {
        assertEquals(
            region.getValue(),
            count(
                sql,
                "select coalesce(sum(count), 0) from directory.region_migration_report"
                    + " where kind = 'signal' and old_region = '"
                    + region.getKey()
                    + "'"),
            region.getKey());
      }
      assertEquals(
          2,
          count(
              sql,
              "select count(*) from directory.region_migration_report where kind = 'coordination'"
                  + " and old_region = 'utrecht'"),
          "utrecht keeps its coordination and gives a copy to eemland, all of whose municipalities it had");
      assertEquals(
          List.of("zuid-limburg"),
          codes(
              sql,
              "select old_region from directory.region_migration_report"
                  + " where kind = 'coordination-ended'"));
    }
  }

  private static int reported(Statement sql, String kind) throws SQLException {
    return count(
        sql,
        "select coalesce(sum(count), 0) from directory.region_migration_report where kind = '"
            + kind
            + "'");
  }

  private static String regionOfSignal(Statement sql, String reference) throws SQLException {
    return code(
        sql,
        "select r.code from casework.signal s join directory.region r on r.id = s.region_id"
            + " where s.reference = '"
            + reference
            + "'");
  }

  private static Map<String, Set<String>> regionsOfUsers(Statement sql) throws SQLException {
    Map<String, Set<String>> users = new HashMap<>();
    try (ResultSet rows = sql.executeQuery("select user_name, regions from web.user_access")) {
      while (rows.next()) {
        Array regions = rows.getArray(2);
        users.put(rows.getString(1), Set.of((String[]) regions.getArray()));
      }
    }
    return users;
  }

  private static int count(Statement sql, String query) throws SQLException {
    try (ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getInt(1);
    }
  }

  private static String code(Statement sql, String query) throws SQLException {
    List<String> found = codes(sql, query);
    assertEquals(1, found.size(), query);
    return found.get(0);
  }

  private static List<String> codes(Statement sql, String query) throws SQLException {
    List<String> found = new ArrayList<>();
    try (ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        found.add(rows.getString(1));
      }
    }
    return found;
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, TestDatabase.USER, TestDatabase.PASSWORD);
  }

  private static void migrate(String schema, String target) {
    var flyway =
        Flyway.configure()
            .dataSource(URL, TestDatabase.USER, TestDatabase.PASSWORD)
            .schemas(schema)
            .locations("classpath:db/migration/" + schema);
    if (target != null) {
      flyway.target(target);
    }
    flyway.load().migrate();
  }
}
