package nl.wegwijzer.content.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields an editor sent do not pass the check; their text comes back with the problems. */
public class InvalidFieldsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;
  private final transient Map<String, String> yours;

  public InvalidFieldsException(List<FieldProblem> problems, Map<String, String> yours) {
    super("invalid fields: " + problems);
    this.problems = List.copyOf(problems);
    // A form sends empty fields as null, which Map.copyOf would refuse.
    this.yours = Collections.unmodifiableMap(new LinkedHashMap<>(yours));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public Map<String, String> yours() {
    return yours;
  }
}
