package nl.wegwijzer.casework.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.PersonDetails;
import nl.wegwijzer.casework.model.Sealed;

/**
 * Moves the languages a person speaks and the indicators observed, which signals kept in clear in
 * tables of their own (signal_language, signal_indicator) until casework V56, into the signal's
 * sealed details (person_sealed), and empties those tables, so that V57 can drop them. An
 * anonymised signal keeps neither: anonymising clears the sealed details, these with them.
 */
public final class LanguageAndIndicatorSealing extends StartUpSealing {

  /** The last casework migration before this sealing runs. */
  public static final String AFTER_VERSION = "56";

  private static final String LEFT =
      "select s.id, s.person_sealed, s.anonymised_at is not null,"
          + " (select string_agg(l.language, ',') from casework.signal_language l"
          + " where l.signal_id = s.id),"
          + " (select string_agg(i.indicator, ',') from casework.signal_indicator i"
          + " where i.signal_id = s.id)"
          + " from casework.signal s"
          + " where exists (select 1 from casework.signal_language l where l.signal_id = s.id)"
          + " or exists (select 1 from casework.signal_indicator i where i.signal_id = s.id)"
          + " for update of s";

  public LanguageAndIndicatorSealing(FieldCipher cipher) {
    super(cipher, AFTER_VERSION, "languages and indicators");
  }

  @Override
  protected int sealRows(Connection connection) throws SQLException {
    int sealed = 0;
    try (PreparedStatement read = connection.prepareStatement(LEFT);
        PreparedStatement write =
            connection.prepareStatement(
                "update casework.signal set person_sealed = ? where id = ?");
        PreparedStatement languagesGone =
            connection.prepareStatement(
                "delete from casework.signal_language where signal_id = ?");
        PreparedStatement indicatorsGone =
            connection.prepareStatement(
                "delete from casework.signal_indicator where signal_id = ?");
        ResultSet rows = read.executeQuery()) {
      while (rows.next()) {
        long id = rows.getLong(1);
        if (!rows.getBoolean(3)) {
          String stored = rows.getString(2);
          PersonDetails details =
              (stored == null
                      ? PersonDetails.NONE
                      : PersonDetails.ofText(cipher.open(new Sealed(stored))))
                  .withCodes(codes(rows.getString(4)), codes(rows.getString(5)));
          write.setString(1, cipher.seal(details.text()).value());
          write.setLong(2, id);
          write.executeUpdate();
        }
        languagesGone.setLong(1, id);
        languagesGone.executeUpdate();
        indicatorsGone.setLong(1, id);
        indicatorsGone.executeUpdate();
        sealed++;
      }
    }
    return sealed;
  }

  /** Whether V57 has not yet dropped the tables. */
  @Override
  protected boolean stillInClear(Connection connection) throws SQLException {
    return exists(connection, "signal_language", null);
  }

  private static Set<String> codes(String joined) {
    return joined == null
        ? Set.of()
        : Arrays.stream(joined.split(",")).map(String::strip).collect(Collectors.toSet());
  }
}
