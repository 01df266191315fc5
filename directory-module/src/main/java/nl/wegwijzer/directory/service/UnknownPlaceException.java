package nl.wegwijzer.directory.service;

import nl.wegwijzer.directory.support.InvalidInputException;

/** A postcode or municipality name that the directory does not know. */
public class UnknownPlaceException extends InvalidInputException {

  private final String typed;
  private final boolean postcode;

  public UnknownPlaceException(String field, String typed, boolean postcode) {
    super(
        field,
        postcode
            ? "postcode '" + typed + "' is not in the postcode table"
            : "'" + typed + "' is not a Dutch municipality");
    this.typed = typed;
    this.postcode = postcode;
  }

  public String typed() {
    return typed;
  }

  public boolean isPostcode() {
    return postcode;
  }
}
