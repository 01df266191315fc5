package nl.wegwijzer.web.shared;

/**
 * Fired by {@link FailureHandler} when the domain refused what a page sent, before the page is
 * rendered again. The message is the handler's; a view-scoped bean observes this (with {@code
 * notifyObserver = IF_EXISTS}) only when its page shows more than the message: the current state
 * after a conflict, the part of a form that holds the refused field.
 */
public record Refused(RuntimeException refusal) {}
