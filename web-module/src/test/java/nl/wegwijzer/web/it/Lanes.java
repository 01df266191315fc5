package nl.wegwijzer.web.it;

/**
 * The integration test classes that run beside the others instead of after them, each on servers of
 * its own: {@code @Execution(CONCURRENT)} with a {@code @ResourceLock} that names those servers,
 * which also keeps the class's own tests one after the other, and the classes that share them too.
 * The rest run one after another on the shared deployment ({@link RunningApp}), as before. Most of
 * what these classes do is waiting (servers starting, an outage lasting, a node killed, a session
 * expiring), which the other tests fill. The number of lanes is failsafe's {@code
 * junit.jupiter.execution.parallel.config.fixed.parallelism} in web-module's pom.
 *
 * <p>A class that runs in a lane may not change what the shared deployment's tests see: it uses a
 * database of its own and either no Keycloak user or one it makes itself or only logs in (never
 * disables or logs out everywhere) a demo user.
 */
final class Lanes {

  /** ClusterIT's two nodes, balancer and database. */
  static final String CLUSTER = "cluster";

  /** KeycloakDownIT's deployment, whose Keycloak is unreachable. */
  static final String WITHOUT_KEYCLOAK = "deployment without Keycloak";

  /** DatabaseRestartIT's PostgreSQL server, which it stops, and its deployment. */
  static final String OWN_DATABASE = "own PostgreSQL";

  /** RealmRegionMigrationIT's realm in the tests' Keycloak and its database. */
  static final String OWN_REALM = "realm of the region move";

  /**
   * {@link RunningApp.Second}: its short sessions (SessionLifetimeIT) would not keep their timing
   * under the fuzz run's load (ApiFuzzIT), so those two take turns.
   */
  static final String SECOND_DEPLOYMENT = "second deployment";

  private Lanes() {}
}
