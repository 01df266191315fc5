package nl.wegwijzer.content.model;

/** An editorial step that the workflow does not allow; the reason says which rule. */
public class WorkflowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The rule that was broken. */
  public enum Reason {
    /** No one approves their own change. */
    OWN_CHANGE,
    /** The step does not fit where the version stands (e.g. approving a draft). */
    WRONG_STATE,
    /** An item has a version in the works already. */
    OPEN_VERSION_EXISTS,
    /** The end of a schedule lies before its start, or in the past. */
    BAD_SCHEDULE,
    /** A coordinator proposes for an organisation that serves none of their regions. */
    NOT_YOUR_REGION
  }

  private final Reason reason;

  public WorkflowException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
