package nl.wegwijzer.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The application's PostgreSQL connection pool, configured from MicroProfile Config (environment
 * variables {@code WEGWIJZER_DB_URL}, {@code WEGWIJZER_DB_USER}, {@code WEGWIJZER_DB_PASSWORD}),
 * and the container-managed entity manager that the domain repositories get injected.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=wegwijzer.db.url}",
    user = "${MPCONFIG=wegwijzer.db.user}",
    password = "${MPCONFIG=wegwijzer.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
@ApplicationScoped
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/wegwijzer";

  @Produces
  @PersistenceContext(unitName = "wegwijzer")
  private EntityManager entityManager;
}
