package nl.wegwijzer.casework.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;

/** Reads codes and dates from the API's text, so that a wrong value is a 400 naming its field. */
final class Inputs {

  private Inputs() {}

  static <E extends Enum<E> & Coded> E code(Class<E> type, String field, String value) {
    return value == null || value.isBlank() ? null : Coded.parse(type, field, value);
  }

  static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "'" + value + "' is not a date such as 2026-03-16");
    }
  }

  static String purpose(String value) {
    return value == null || value.isBlank() ? "api" : value.strip();
  }
}
