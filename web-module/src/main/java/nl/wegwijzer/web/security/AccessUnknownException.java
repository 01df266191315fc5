package nl.wegwijzer.web.security;

/**
 * Keycloak could not be asked what a user may do, and the last answer is too old to trust: the
 * request is refused as when login is not available.
 */
public class AccessUnknownException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessUnknownException(String userName, Throwable cause) {
    super("The current rights of " + userName + " are unknown", cause);
  }
}
