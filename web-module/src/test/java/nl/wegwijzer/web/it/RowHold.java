package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A row of the deployment's database held by the test, as by another writer whose transaction is
 * still open: requests that write it wait until the test lets go. So two requests can read the same
 * version before either writes, and the lost update is found by the database, not by a service's
 * version check.
 */
final class RowHold implements AutoCloseable {

  private final Connection connection;
  private final boolean commit;

  private RowHold(Connection connection, boolean commit) {
    this.connection = connection;
    this.commit = commit;
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        RunningApp.databaseUrl(), PayaraProcess.user(), PayaraProcess.password());
  }

  /** Locks the row ({@code select … for update}); nothing changes when the hold ends. */
  static RowHold lock(String select, Object key) throws SQLException {
    return hold(select, key, false);
  }

  /** Changes the row ({@code update …}); the change commits when the hold ends. */
  static RowHold change(String update, Object key) throws SQLException {
    return hold(update, key, true);
  }

  private static RowHold hold(String statement, Object key, boolean commit) throws SQLException {
    Connection connection = connect();
    connection.setAutoCommit(false);
    try (PreparedStatement held = connection.prepareStatement(statement)) {
      held.setObject(1, key);
      if (commit) {
        assertTrue(held.executeUpdate() == 1, "the row to hold exists");
      } else {
        try (ResultSet locked = held.executeQuery()) {
          assertTrue(locked.next(), "the row to hold exists");
        }
      }
    }
    return new RowHold(connection, commit);
  }

  /** One value, read now. */
  static String read(String select, Object key) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement query = connection.prepareStatement(select)) {
      query.setObject(1, key);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next());
        return row.getString(1);
      }
    }
  }

  /** Waits until that many requests wait for a lock in the database. */
  void awaitWaiting(int requests) throws SQLException, InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (waiting() < requests) {
      assertTrue(System.nanoTime() < until, "the write did not reach the database");
      Thread.sleep(50);
    }
  }

  private int waiting() throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and datname = current_database() and pid <> pg_backend_pid()");
        ResultSet count = query.executeQuery()) {
      count.next();
      return count.getInt(1);
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      if (commit) {
        connection.commit();
      } else {
        connection.rollback();
      }
    } finally {
      connection.close();
    }
  }
}
