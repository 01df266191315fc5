package nl.wegwijzer.content.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Someone else changed the item since this editor opened it: their save is refused so that no
 * change is lost, and what they wrote comes back with it, next to the version that is there now.
 */
public class EditConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, String> yours;
  private final transient RevisionView current;

  public EditConflictException(Map<String, String> yours, RevisionView current) {
    super("changed by " + (current == null ? "someone else" : current.lastEditor()));
    // A form sends empty fields as null, which Map.copyOf would refuse.
    this.yours = Collections.unmodifiableMap(new LinkedHashMap<>(yours));
    this.current = current;
  }

  /** The fields as this editor sent them. */
  public Map<String, String> yours() {
    return yours;
  }

  /** The version as it is now, or null when it was removed meanwhile. */
  public RevisionView current() {
    return current;
  }
}
