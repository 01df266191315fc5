package nl.wegwijzer.content.service;

/**
 * What is wrong with one field: {@code problem} is a code the screen turns into a sentence
 * (required, too-long, not-a-number, not-a-date, unknown-choice, slug-format, slug-taken,
 * position-taken); {@code limit} is the maximum length where that matters.
 */
public record FieldProblem(String field, String problem, int limit) {

  public static FieldProblem of(String field, String problem) {
    return new FieldProblem(field, problem, 0);
  }
}
