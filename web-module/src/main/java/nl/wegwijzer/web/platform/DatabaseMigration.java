package nl.wegwijzer.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.migration.StartUpSealing;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schemas up to date at start-up, before anything touches JPA: each domain
 * module's own migrations in its own schema, in the order the modules depend on each other. Bean
 * managed transactions, so that Flyway commits its own work.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  /**
   * Schema per module, in dependency order: directory, then content, then casework; then web, the
   * WAR's own tables (the public forms' post allowances), which depend on none of them.
   */
  static final List<String> SCHEMAS = List.of("directory", "content", "casework", "web");

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  @Inject FieldCipher cipher;

  @PostConstruct
  void migrate() {
    for (String schema : SCHEMAS) {
      if (schema.equals("casework")) {
        StartUpSealing.all(cipher).forEach(this::seal);
      }
      MigrateResult result = flyway(schema).load().migrate();
      LOG.info(
          () ->
              "Schema "
                  + schema
                  + ": "
                  + result.migrationsExecuted
                  + " migration(s) applied, now at version "
                  + (result.targetSchemaVersion == null ? "-" : result.targetSchemaVersion));
    }
  }

  private FluentConfiguration flyway(String schema) {
    return Flyway.configure(DatabaseMigration.class.getClassLoader())
        .dataSource(dataSource)
        .schemas(schema)
        .locations("classpath:db/migration/" + schema)
        .failOnMissingLocations(false);
  }

  /**
   * A casework migration makes room for sealed values and the next one drops their clear columns
   * (V45/V46 the quasi-identifiers, V56/V57 the languages and indicators); in between the rows are
   * sealed with the casework key, which only the application has.
   */
  private void seal(StartUpSealing step) {
    flyway("casework").target(step.afterVersion()).load().migrate();
    try (Connection connection = dataSource.getConnection()) {
      int sealed = step.seal(connection);
      LOG.info(() -> "Casework: " + step.what() + " of " + sealed + " signal(s) sealed");
    } catch (SQLException e) {
      throw new IllegalStateException("Sealing the signals' " + step.what() + " failed", e);
    }
  }
}
