package nl.wegwijzer.directory.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * The real PostgreSQL that repository and service tests run against. {@code deploy/wegwijzer test}
 * starts it and passes its address in {@code WEGWIJZER_TEST_DB_URL}; the schemas are migrated with
 * the modules' own Flyway migrations, as at start-up.
 */
public final class TestDatabase {

  public static final String URL =
      setting("WEGWIJZER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:55433/wegwijzer_test");
  public static final String USER = setting("WEGWIJZER_TEST_DB_USER", "wegwijzer");
  public static final String PASSWORD = setting("WEGWIJZER_TEST_DB_PASSWORD", "wegwijzer");

  private static EntityManagerFactory factory;

  private TestDatabase() {}

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
  }

  /**
   * Migrates the given schemas (each from {@code db/migration/<schema>}, in the order given) and
   * opens the test persistence unit {@code unit}.
   */
  public static synchronized EntityManagerFactory open(String unit, String... schemas) {
    if (factory == null) {
      checkReachable();
      for (String schema : schemas) {
        Flyway.configure()
            .dataSource(URL, USER, PASSWORD)
            .schemas(schema)
            .locations("classpath:db/migration/" + schema)
            .load()
            .migrate();
      }
      factory =
          Persistence.createEntityManagerFactory(
              unit,
              Map.of(
                  "jakarta.persistence.jdbc.url", URL,
                  "jakarta.persistence.jdbc.user", USER,
                  "jakarta.persistence.jdbc.password", PASSWORD,
                  // A bulk load (the benchmark's) sends its rows in JDBC batches.
                  "eclipselink.jdbc.batch-writing",
                      setting("WEGWIJZER_TEST_BATCH_WRITING", "None")));
    }
    return factory;
  }

  /**
   * A plain data source on the test database with one schema migrated, for code that works with
   * JDBC rather than JPA (the web module's own tables).
   */
  public static javax.sql.DataSource migratedDataSource(String schema) {
    checkReachable();
    org.postgresql.ds.PGSimpleDataSource database = new org.postgresql.ds.PGSimpleDataSource();
    database.setURL(URL);
    database.setUser(USER);
    database.setPassword(PASSWORD);
    Flyway.configure()
        .dataSource(database)
        .schemas(schema)
        .locations("classpath:db/migration/" + schema)
        .load()
        .migrate();
    return database;
  }

  /**
   * Migrates one schema of another database on the test server (a migration test's own) up to
   * {@code target}, or to the newest version when it is null.
   */
  public static void migrate(String url, String schema, String target) {
    var flyway =
        Flyway.configure()
            .dataSource(url, USER, PASSWORD)
            .schemas(schema)
            .locations("classpath:db/migration/" + schema);
    if (target != null) {
      flyway.target(target);
    }
    flyway.load().migrate();
  }

  private static void checkReachable() {
    try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
      // reachable
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL for tests is not reachable at "
              + URL
              + ". Run the tests with 'deploy/wegwijzer test', which starts it.",
          e);
    }
  }

  /** Runs SQL directly, outside JPA (to empty tables between tests). */
  public static void execute(String... statements) {
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs work in one committed transaction with a fresh entity manager. */
  public static <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public static void runInTransaction(Consumer<EntityManager> work) {
    TestDatabase.<Void>inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }
}
