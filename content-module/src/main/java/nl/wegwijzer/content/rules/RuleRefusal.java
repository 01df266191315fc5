package nl.wegwijzer.content.rules;

import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A step the rules do not allow for this person, with the answer that says why and under which rule
 * version: the API answers it as any invalid input (400), a screen words it from the answer.
 */
public class RuleRefusal extends InvalidInputException {

  private final transient RuleAnswer answer;

  public RuleRefusal(String field, RuleAnswer answer) {
    super(
        field,
        "does not apply ("
            + answer.reasonKey()
            + ") under rule "
            + answer.regulation()
            + " version "
            + answer.ruleVersion()
            + "; record an exception with a reason to go ahead");
    this.answer = answer;
  }

  public RuleAnswer answer() {
    return answer;
  }
}
