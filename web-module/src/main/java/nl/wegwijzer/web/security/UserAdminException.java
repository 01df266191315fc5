package nl.wegwijzer.web.security;

/**
 * A user management call that Keycloak did not carry out. {@link #reason()} decides the message on
 * screen; {@link #getMessage()} is Keycloak's own explanation for the log.
 */
public class UserAdminException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the change did not happen. */
  public enum Reason {
    /** Keycloak cannot be reached or answered with a server error. */
    UNAVAILABLE,
    /** A user with that user name or e-mail address exists already. */
    DUPLICATE,
    /** Keycloak refused the values (password policy, user profile). */
    REFUSED,
    /** The user (or role) does not exist (any more). */
    NOT_FOUND
  }

  private final Reason reason;

  public UserAdminException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public UserAdminException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
