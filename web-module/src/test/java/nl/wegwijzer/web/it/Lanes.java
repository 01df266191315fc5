package nl.wegwijzer.web.it;

/**
 * How the integration test classes share the run's time: most of what they do is waiting (servers
 * starting, an outage lasting, a node killed, a session expiring, a browser rendering), which the
 * others fill. The number of lanes is failsafe's {@code
 * junit.jupiter.execution.parallel.config.fixed.parallelism} in web-module's pom.
 *
 * <ul>
 *   <li>The classes with servers of their own run beside the others, first:
 *       {@code @Execution(CONCURRENT)} with a {@code @ResourceLock} naming those servers, which
 *       also keeps the class's own tests one after the other, and the classes that share them too.
 *   <li>The classes that only read the public site of the shared deployment ({@link RunningApp})
 *       run beside each other and the rest: {@code @Execution(CONCURRENT)} and {@link #PUBLIC_SITE}
 *       for reading, and a lock of their own name, without which their own tests would run at once
 *       (in one browser). They post no public form (the post allowance is the address's) and follow
 *       no link to a case or signal that another class may move.
 *   <li>The classes that change the public site (published content, profiles, documents, the page
 *       cache) hold {@link #PUBLIC_SITE} for writing, one after the other, beside the rest; they
 *       come last ({@link #AFTER_THE_READERS}) and start when every reader is done.
 *   <li>The administrators' screens (BeheerIT: users of its own) and the authorisation matrix (only
 *       status codes) run beside the rest too, late, each with a lock of its own name.
 *   <li>Everything else runs one class after another on the shared deployment; of those, the
 *       classes that read the public site too (the crawlers, the guide's feedback) read-lock it and
 *       come first ({@link #BEFORE_THE_WRITERS}), before a writer waits for the lock (a waiting
 *       writer makes later readers wait too), and the generated documents' check comes last.
 * </ul>
 *
 * <p>A class that runs in a lane of its own may not change what the shared deployment's tests see:
 * it uses a database of its own and either no Keycloak user or one it makes itself or only logs in
 * (never disables or logs out everywhere) a demo user.
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

  /**
   * The shared deployment's public site: its published content, profiles, documents and page cache.
   */
  static final String PUBLIC_SITE = "public site of the shared deployment";

  /** The order of the classes with servers of their own: right after ClusterIT, the longest. */
  static final int OWN_SERVERS_FIRST = 2;

  /** The order of the one-after-another classes that read the public site: before the others. */
  static final int BEFORE_THE_WRITERS = org.junit.jupiter.api.Order.DEFAULT - 1;

  /** The order of the classes that change the public site: after every class without an order. */
  static final int AFTER_THE_READERS = org.junit.jupiter.api.Order.DEFAULT + 1;

  private Lanes() {}
}
