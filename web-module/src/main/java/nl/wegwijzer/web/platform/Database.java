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
 *
 * <p>The pool survives a database restart by itself: a connection is validated before it is handed
 * out (at most once per two seconds), one broken connection makes the pool drop all of them (after
 * a restart they are all dead), and a request waits a bounded time for a connection or a login
 * instead of hanging, so the caller gets a quick 503 (see {@code
 * ProblemMappers.DatabaseUnavailable}) while the database is away and normal answers as soon as it
 * is back.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=wegwijzer.db.url}",
    user = "${MPCONFIG=wegwijzer.db.user}",
    password = "${MPCONFIG=wegwijzer.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    loginTimeout = 5,
    properties = {
      "connectTimeout=5",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      // a connection in steady use is checked once per two seconds, not at every hand-out (four
      // extra round trips per registration were measured)
      "fish.payara.validate-atmost-once-period-in-seconds=2",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=10000"
    })
@ApplicationScoped
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/wegwijzer";

  @Produces
  @PersistenceContext(unitName = "wegwijzer")
  private EntityManager entityManager;
}
