package nl.wegwijzer.directory.support;

import jakarta.ejb.ApplicationException;

/** Input that breaks a rule of the domain; answered with 400 by the API and a message on screen. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The parameter or field the problem is about. */
  public String field() {
    return field;
  }
}
