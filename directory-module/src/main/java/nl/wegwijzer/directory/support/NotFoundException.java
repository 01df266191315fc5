package nl.wegwijzer.directory.support;

import jakarta.ejb.ApplicationException;

/** Thrown by the {@code get…} methods of repositories and services; answered with 404. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  private final String kind;
  private final String key;

  public NotFoundException(String kind, String key) {
    super("No " + kind + " '" + key + "'");
    this.kind = kind;
    this.key = key;
  }

  public String kind() {
    return kind;
  }

  public String key() {
    return key;
  }
}
