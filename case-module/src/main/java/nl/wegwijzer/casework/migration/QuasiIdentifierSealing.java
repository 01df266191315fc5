package nl.wegwijzer.casework.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.PersonDetails;
import nl.wegwijzer.casework.model.ResidenceStatus;
import nl.wegwijzer.casework.model.Sector;
import nl.wegwijzer.directory.model.Gender;

/**
 * Seals the quasi-identifiers that signals held in clear before casework V45 into person_sealed,
 * with the casework key, and empties the clear columns, so that V46 can drop them.
 */
public final class QuasiIdentifierSealing extends StartUpSealing {

  /** The last casework migration before this sealing runs. */
  public static final String AFTER_VERSION = "45";

  private static final String LEFT =
      "select s.id, s.age, s.birth_year, s.gender, s.nationality, m.cbs_code, s.sector,"
          + " s.period_from, s.period_until, s.residence_status from casework.signal s"
          + " left join directory.municipality m on m.id = s.municipality_id"
          + " where s.person_sealed is null and (s.age is not null or s.birth_year is not null"
          + " or s.gender is not null or s.nationality is not null or s.municipality_id is not null"
          + " or s.sector is not null or s.period_from is not null or s.period_until is not null"
          + " or s.residence_status is not null) for update of s";

  private static final String SEALED =
      "update casework.signal set person_sealed = ?, age = null, birth_year = null,"
          + " gender = null, nationality = null, municipality_id = null, sector = null,"
          + " period_from = null, period_until = null, residence_status = null where id = ?";

  public QuasiIdentifierSealing(FieldCipher cipher) {
    super(cipher, AFTER_VERSION, "quasi-identifiers");
  }

  @Override
  protected int sealRows(Connection connection) throws SQLException {
    int sealed = 0;
    try (PreparedStatement read = connection.prepareStatement(LEFT);
        PreparedStatement write = connection.prepareStatement(SEALED);
        ResultSet rows = read.executeQuery()) {
      while (rows.next()) {
        PersonDetails details =
            new PersonDetails(
                (Integer) rows.getObject(2, Integer.class),
                (Integer) rows.getObject(3, Integer.class),
                constant(Gender.class, rows.getString(4)),
                rows.getString(5) == null ? null : rows.getString(5).strip(),
                rows.getString(6),
                constant(Sector.class, rows.getString(7)),
                day(rows.getDate(8)),
                day(rows.getDate(9)),
                constant(ResidenceStatus.class, rows.getString(10)),
                null,
                null,
                null);
        write.setString(1, details.empty() ? null : cipher.seal(details.text()).value());
        write.setLong(2, rows.getLong(1));
        write.executeUpdate();
        sealed++;
      }
    }
    return sealed;
  }

  /** Whether V46 has not yet dropped the clear columns. */
  @Override
  protected boolean stillInClear(Connection connection) throws SQLException {
    return exists(connection, "signal", "birth_year");
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name.strip());
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
