package nl.wegwijzer.directory.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * Reads query parameters as text, so that a malformed number is a 400 with a clear message instead
 * of JAX-RS's 404 for a parameter it cannot convert.
 */
public final class QueryParameters {

  private QueryParameters() {}

  public static Integer optionalInt(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "'" + value + "' is not a whole number");
    }
  }

  /** A day such as 2026-03-16, or null when not given. */
  public static LocalDate optionalDate(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "'" + value + "' is not a date such as 2026-03-16");
    }
  }

  public static PageRequest page(String page, String size) {
    Integer number = optionalInt("page", page);
    Integer perPage = optionalInt("size", size);
    return new PageRequest(
        number == null ? 1 : number, perPage == null ? PageRequest.DEFAULT_SIZE : perPage);
  }
}
