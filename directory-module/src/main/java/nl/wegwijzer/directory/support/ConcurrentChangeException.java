package nl.wegwijzer.directory.support;

import jakarta.ejb.ApplicationException;

/**
 * A change made against a version that someone else has changed since: refused, so that the other
 * change is not silently overwritten.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

  private final long seen;
  private final long current;

  public ConcurrentChangeException(String what, long seen, long current) {
    super(what + " was changed by someone else (version " + seen + ", now " + current + ")");
    this.seen = seen;
    this.current = current;
  }

  public long seen() {
    return seen;
  }

  public long current() {
    return current;
  }
}
