package nl.wegwijzer.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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

  @PostConstruct
  void migrate() {
    for (String schema : SCHEMAS) {
      MigrateResult result =
          Flyway.configure(DatabaseMigration.class.getClassLoader())
              .dataSource(dataSource)
              .schemas(schema)
              .locations("classpath:db/migration/" + schema)
              .failOnMissingLocations(false)
              .load()
              .migrate();
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
}
