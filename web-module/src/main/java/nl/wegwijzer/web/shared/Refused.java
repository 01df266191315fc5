package nl.wegwijzer.web.shared;

import java.util.Optional;

/**
 * Fired by {@link FailureHandler} when the domain refused what a page sent, before the page is
 * rendered again. The message is the handler's; a view-scoped bean observes this (with {@code
 * notifyObserver = IF_EXISTS}) only when its page shows more than the message: the current state
 * after a conflict, the part of a form that holds the refused field, or its own wording of the
 * refusal ({@link #wordAs}) where the page knows more than the handler (who changed it first).
 */
public final class Refused {

  private final RuntimeException refusal;
  private String wording;

  public Refused(RuntimeException refusal) {
    this.refusal = refusal;
  }

  public RuntimeException refusal() {
    return refusal;
  }

  /** The page's own message for the refusal, shown instead of the handler's. */
  public void wordAs(String text) {
    this.wording = text;
  }

  Optional<String> wording() {
    return Optional.ofNullable(wording);
  }
}
