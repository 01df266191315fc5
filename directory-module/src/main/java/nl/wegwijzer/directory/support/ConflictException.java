package nl.wegwijzer.directory.support;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed (or removed, or started) the thing since it was read: the change is refused,
 * so that the other one is not silently overwritten. The one type for "changed first" in every
 * module, whether a service sees the newer version itself or the database finds it at commit.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String what) {
    super(what + " was changed by someone else meanwhile");
  }

  /** A lost update the database found (an optimistic lock failure at flush or commit). */
  public ConflictException(Throwable found) {
    super("changed by someone else meanwhile", found);
  }
}
