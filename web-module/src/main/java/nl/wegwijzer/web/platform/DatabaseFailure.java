package nl.wegwijzer.web.platform;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The database failures that are not bugs. {@link #unavailable}: the database is unreachable for
 * now (stopped, restarting, the pool has no connection to give), so the request may simply be
 * retried in a moment and callers answer 503 with Retry-After. {@link #refusedText}: the request
 * carried text PostgreSQL cannot store or compare (a NUL byte), which is the client's error: 400.
 */
public final class DatabaseFailure {

  /** Seconds a client should wait before it tries again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /**
   * SQLSTATE classes and codes of an unreachable server: 08 connection exceptions; 57P01–57P03
   * administrator shutdown, crash shutdown, cannot connect now (starting up); 53300 too many
   * connections.
   */
  private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

  /**
   * The pool's own failures when it cannot hand out a connection; they are named here because their
   * classes are the container's, not on the application's class path.
   */
  private static final Set<String> POOL_FAILURES =
      Set.of(
          "com.sun.appserv.connectors.internal.api.PoolingException",
          "jakarta.resource.spi.ResourceAllocationException",
          "com.sun.enterprise.resource.allocator.PoolingException");

  /**
   * character_not_in_repertoire (a NUL byte, which text columns cannot hold) and
   * untranslatable_character.
   */
  private static final Set<String> REFUSED_TEXT = Set.of("22021", "22P05");

  private DatabaseFailure() {}

  public static boolean unavailable(Throwable failure) {
    return unavailable(failure, new IdentityHashMap<>());
  }

  public static boolean refusedText(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable cause = failure;
        cause != null && seen.put(cause, Boolean.TRUE) == null;
        cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && REFUSED_TEXT.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static boolean unavailable(Throwable failure, Map<Throwable, Boolean> seen) {
    for (Throwable cause = failure;
        cause != null && seen.put(cause, Boolean.TRUE) == null;
        cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof SocketException) {
        return true;
      }
      if (POOL_FAILURES.contains(cause.getClass().getName())) {
        return true;
      }
      // The transaction manager's answer when the commit itself failed: the connection was closed
      // or terminated under it (the pool logs that cause; it is not attached). Whether the commit
      // reached the database is unknown, so the client is told to try again, as for an outage.
      if (cause instanceof jakarta.transaction.SystemException) {
        return true;
      }
      if (cause instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || STATES.contains(state))) {
          return true;
        }
        if (sql.getNextException() != null && unavailable(sql.getNextException(), seen)) {
          return true;
        }
      }
    }
    return false;
  }
}
