package nl.wegwijzer.content.service;

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
    this.yours = Map.copyOf(yours);
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public Map<String, String> yours() {
    return yours;
  }
}
