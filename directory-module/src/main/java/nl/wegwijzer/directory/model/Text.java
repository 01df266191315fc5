package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.InvalidInputException;

/** Checks on free text that entities apply in their constructors and methods. */
public final class Text {

  private Text() {}

  public static String required(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    return optional(value, field, maxLength);
  }

  /** Trims; blank becomes null. */
  public static String optional(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      throw new InvalidInputException(field, "is longer than " + maxLength + " characters");
    }
    return trimmed;
  }
}
