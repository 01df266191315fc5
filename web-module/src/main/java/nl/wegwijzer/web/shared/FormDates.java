package nl.wegwijzer.web.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.wegwijzer.directory.support.InvalidInputException;

/** A date field of a form, as a date input sends it (yyyy-mm-dd). */
public final class FormDates {

  private FormDates() {}

  /** The date typed, null when the field is empty; refused for the field when it is no date. */
  public static LocalDate parse(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "not a date (yyyy-mm-dd)");
    }
  }
}
