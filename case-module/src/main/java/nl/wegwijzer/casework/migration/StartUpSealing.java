package nl.wegwijzer.casework.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.wegwijzer.casework.crypto.FieldCipher;

/**
 * A step of the casework's migrations that SQL cannot take: it seals what rows still hold in clear
 * with the casework key, which only the application has. It runs at start-up after casework
 * migration {@link #afterVersion()}, on the schema as that left it, before the next migration drops
 * what held the clear values (and refuses to while they are filled). Plain JDBC in one transaction;
 * a second run finds nothing to do.
 */
public abstract class StartUpSealing {

  protected final FieldCipher cipher;
  private final String afterVersion;
  private final String what;

  /**
   * @param afterVersion the casework migration after which this step runs
   * @param what what this step seals, as the start-up log names it
   */
  protected StartUpSealing(FieldCipher cipher, String afterVersion, String what) {
    this.cipher = cipher;
    this.afterVersion = afterVersion;
    this.what = what;
  }

  /** Every step, in the order of the versions they follow. */
  public static List<StartUpSealing> all(FieldCipher cipher) {
    return List.of(new QuasiIdentifierSealing(cipher), new LanguageAndIndicatorSealing(cipher));
  }

  public final String afterVersion() {
    return afterVersion;
  }

  public final String what() {
    return what;
  }

  /** Seals every row that still holds a value in clear; how many rows it sealed. */
  public int seal(Connection connection) throws SQLException {
    if (!stillInClear(connection)) {
      return 0;
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      int sealed = sealRows(connection);
      connection.commit();
      return sealed;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** Whether the schema still has what held the clear values (a later migration drops it). */
  protected abstract boolean stillInClear(Connection connection) throws SQLException;

  /** Seals the rows inside the caller's transaction; how many. */
  protected abstract int sealRows(Connection connection) throws SQLException;

  /** Whether the casework schema has the column (or, with a null column, the table). */
  protected static boolean exists(Connection connection, String table, String column)
      throws SQLException {
    try (PreparedStatement found =
        connection.prepareStatement(
            "select 1 from information_schema.columns where table_schema = 'casework'"
                + " and table_name = ? and (?::text is null or column_name = ?)")) {
      found.setString(1, table);
      found.setString(2, column);
      found.setString(3, column);
      try (ResultSet rows = found.executeQuery()) {
        return rows.next();
      }
    }
  }
}
