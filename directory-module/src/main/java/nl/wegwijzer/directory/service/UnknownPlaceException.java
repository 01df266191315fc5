package nl.wegwijzer.directory.service;

import java.util.List;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A postcode or municipality name that the directory does not know; for a name, the closest names
 * it does know, which the visitor may have meant.
 */
public class UnknownPlaceException extends InvalidInputException {

  private final String typed;
  private final boolean postcode;
  private final List<String> closest;

  public UnknownPlaceException(String field, String typed, boolean postcode) {
    this(field, typed, postcode, List.of());
  }

  public UnknownPlaceException(String field, String typed, boolean postcode, List<String> closest) {
    super(
        field,
        postcode
            ? "postcode '" + typed + "' is not in the postcode table"
            : "'"
                + typed
                + "' is not a Dutch municipality"
                + (closest.isEmpty() ? "" : "; closest: " + String.join(", ", closest)));
    this.typed = typed;
    this.postcode = postcode;
    this.closest = List.copyOf(closest);
  }

  public String typed() {
    return typed;
  }

  public boolean isPostcode() {
    return postcode;
  }

  /** The known names closest to the typed one, nearest first; empty for a postcode. */
  public List<String> closest() {
    return closest;
  }
}
