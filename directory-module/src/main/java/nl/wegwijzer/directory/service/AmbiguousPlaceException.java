package nl.wegwijzer.directory.service;

import java.util.List;
import nl.wegwijzer.directory.support.InvalidInputException;

/** A name that fits more than one municipality ('Bergen'); the visitor must choose. */
public class AmbiguousPlaceException extends InvalidInputException {

  private final String typed;
  private final List<String> candidates;

  public AmbiguousPlaceException(String field, String typed, List<String> candidates) {
    super(
        field, "'" + typed + "' fits more than one municipality: " + String.join(", ", candidates));
    this.typed = typed;
    this.candidates = List.copyOf(candidates);
  }

  public String typed() {
    return typed;
  }

  public List<String> candidates() {
    return candidates;
  }
}
