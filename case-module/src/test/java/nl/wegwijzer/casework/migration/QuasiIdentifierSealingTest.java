package nl.wegwijzer.casework.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijzer.casework.model.PersonDetails;
import nl.wegwijzer.casework.model.Sealed;
import nl.wegwijzer.casework.testing.CaseworkDatabaseTest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signals registered before casework V45 held their quasi-identifiers in clear, and before V56
 * their languages and indicators: in a database of its own migrated to just before, such rows are
 * loaded; V46 and V57 refuse to drop the columns and tables while they are filled, each sealing
 * step (as at start-up) seals them, and then the migrations run.
 */
class QuasiIdentifierSealingTest {

  private static final String DATABASE = "wegwijzer_sealing_migration";
  private static final String URL = TestDatabase.URL.replaceAll("/[^/?]+(\\?.*)?$", "/" + DATABASE);

  private static int sealed;
  private static int sealedAgain;
  private static int codesSealed;
  private static int codesSealedAgain;

  @BeforeAll
  static void oldRowsSealedAndMigrated() throws Exception {
    TestDatabase.execute(
        "drop database if exists " + DATABASE + " with (force)", "create database " + DATABASE);
    migrate("directory", null);
    migrate("content", null);
    migrate("casework", "30");
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into casework.signal (reference, status, region_id, municipality_id, age,"
              + " birth_year, gender, nationality, sector, period_from, period_until,"
              + " residence_status, minor, created_by, created_at)"
              + " select 'WW-OLD0-0001', 'REGISTERED', m.region_id, m.id, null, 1941, 'FEMALE',"
              + " 'MN', 'BEAUTY', date '2025-09-16', date '2026-03-13', 'ASYLUM_PROCEDURE', false,"
              + " 'test', now() from directory.municipality m where m.cbs_code = 'GM1695'");
      s.execute(
          "insert into casework.signal (reference, status, region_id, nationality, created_by,"
              + " created_at) select 'WW-OLD0-0002', 'DRAFT', id, 'DE', 'test', now()"
              + " from directory.region where code = 'utrecht'");
      s.execute(
          "insert into casework.signal (reference, status, region_id, created_by, created_at)"
              + " select 'WW-OLD0-0003', 'DRAFT', id, 'test', now() from directory.region"
              + " where code = 'utrecht'");
      s.execute(
          "insert into casework.signal (reference, status, region_id, created_by, created_at,"
              + " anonymised_at) select 'WW-OLD0-0004', 'REGISTERED', id, 'test', now(), now()"
              + " from directory.region where code = 'zeeland'");
      s.execute(
          "insert into casework.signal_language (signal_id, language) select id, l"
              + " from casework.signal, unnest(array['mn', 'kk']) l"
              + " where reference = 'WW-OLD0-0001'");
      s.execute(
          "insert into casework.signal_indicator (signal_id, indicator) select id, i"
              + " from casework.signal,"
              + " unnest(array['tatoeage-of-merkteken', 'litteken-na-donatie']) i"
              + " where reference in ('WW-OLD0-0001', 'WW-OLD0-0003', 'WW-OLD0-0004')");
    }
    migrate("casework", QuasiIdentifierSealing.AFTER_VERSION);
    assertThrows(FlywayException.class, () -> migrate("casework", null), "V46 waits for the key");
    QuasiIdentifierSealing sealing = new QuasiIdentifierSealing(CaseworkDatabaseTest.CIPHER);
    try (Connection c = connect()) {
      sealed = sealing.seal(c);
      sealedAgain = sealing.seal(c);
    }
    migrate("casework", LanguageAndIndicatorSealing.AFTER_VERSION);
    assertThrows(FlywayException.class, () -> migrate("casework", null), "V57 waits for the key");
    LanguageAndIndicatorSealing codes =
        new LanguageAndIndicatorSealing(CaseworkDatabaseTest.CIPHER);
    try (Connection c = connect()) {
      codesSealed = codes.seal(c);
      codesSealedAgain = codes.seal(c);
    }
    migrate("casework", null);
  }

  @AfterAll
  static void dropped() {
    TestDatabase.execute("drop database if exists " + DATABASE + " with (force)");
  }

  @Test
  void everyOldRowIsSealedOnceWithItsNationalityGroupInClear() throws SQLException {
    assertEquals(2, sealed, "the third and fourth signals hold no quasi-identifier to seal");
    assertEquals(0, sealedAgain, "a second run finds nothing to do");
    assertEquals(3, codesSealed, "the second signal holds no language or indicator");
    assertEquals(0, codesSealedAgain, "a second run finds nothing to do");
    List<String> rows = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select reference, nationality_group, person_sealed from casework.signal"
                    + " order by reference")) {
      while (r.next()) {
        String person = r.getString(3);
        rows.add(
            r.getString(1)
                + " "
                + r.getString(2)
                + " "
                + (person == null
                    ? "-"
                    : PersonDetails.ofText(CaseworkDatabaseTest.CIPHER.open(new Sealed(person)))));
      }
    }
    assertEquals(
        List.of(
            "WW-OLD0-0001 NON_EU PersonDetails[age=null, birthYear=1941, gender=FEMALE,"
                + " nationality=MN, municipality=GM1695, sector=BEAUTY, periodFrom=2025-09-16,"
                + " periodUntil=2026-03-13, residenceStatus=ASYLUM_PROCEDURE,"
                + " interpreterLanguage=null, languages=[kk, mn],"
                + " indicators=[litteken-na-donatie, tatoeage-of-merkteken]]",
            "WW-OLD0-0002 EU PersonDetails[age=null, birthYear=null, gender=null,"
                + " nationality=DE, municipality=null, sector=null, periodFrom=null,"
                + " periodUntil=null, residenceStatus=null,"
                + " interpreterLanguage=null, languages=[], indicators=[]]",
            "WW-OLD0-0003 null PersonDetails[age=null, birthYear=null, gender=null,"
                + " nationality=null, municipality=null, sector=null, periodFrom=null,"
                + " periodUntil=null, residenceStatus=null, interpreterLanguage=null,"
                + " languages=[], indicators=[litteken-na-donatie, tatoeage-of-merkteken]]",
            // anonymised: its indicators went with the details that anonymising clears
            "WW-OLD0-0004 null -"),
        rows);
  }

  @Test
  void theClearColumnsAndTablesAreGone() throws SQLException {
    assertEquals(
        0,
        count(
            "select count(*) from information_schema.columns where table_schema = 'casework'"
                + " and table_name = 'signal' and column_name in ('age', 'birth_year',"
                + " 'gender', 'nationality', 'municipality_id', 'sector', 'period_from',"
                + " 'period_until', 'residence_status')"));
    assertEquals(
        0,
        count(
            "select count(*) from information_schema.tables where table_schema = 'casework'"
                + " and table_name in ('signal_language', 'signal_indicator')"));
  }

  private static int count(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }

  private static void migrate(String schema, String target) {
    TestDatabase.migrate(URL, schema, target);
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, TestDatabase.USER, TestDatabase.PASSWORD);
  }
}
