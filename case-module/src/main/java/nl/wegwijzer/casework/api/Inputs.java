package nl.wegwijzer.casework.api;

import java.time.LocalDate;
import nl.wegwijzer.directory.api.QueryParameters;
import nl.wegwijzer.directory.support.Coded;

/** Reads codes and dates from the API's text, so that a wrong value is a 400 naming its field. */
final class Inputs {

  private Inputs() {}

  static <E extends Enum<E> & Coded> E code(Class<E> type, String field, String value) {
    return value == null || value.isBlank() ? null : Coded.parse(type, field, value);
  }

  static LocalDate date(String field, String value) {
    return QueryParameters.optionalDate(field, value);
  }

  static String purpose(String value) {
    return value == null || value.isBlank() ? "api" : value.strip();
  }
}
