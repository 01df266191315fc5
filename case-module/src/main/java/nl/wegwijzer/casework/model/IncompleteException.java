package nl.wegwijzer.casework.model;

import java.util.Map;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * Several fields are missing or wrong at once, as when a registration is submitted: every field
 * with its message, so a form can show them all. Its {@link #field()} is the first of them.
 */
public class IncompleteException extends InvalidInputException {

  private final Map<String, String> problems;

  public IncompleteException(Map<String, String> problems) {
    super(
        problems.keySet().iterator().next(),
        problems.entrySet().stream()
            .map(p -> p.getKey() + ": " + p.getValue())
            .collect(Collectors.joining("; ")));
    this.problems = Map.copyOf(problems);
  }

  /** Field → message, for every problem found. */
  public Map<String, String> problems() {
    return problems;
  }
}
