package nl.wegwijzer.content.rules;

import java.util.List;
import nl.wegwijzer.content.model.ConditionKind;
import nl.wegwijzer.directory.support.Coded;

/**
 * Whether a regulation is for a victim, and if that is not settled yet, which unanswered questions
 * it depends on.
 *
 * @param dependsOn the kinds of the conditions the visitor did not answer; empty unless {@link
 *     Verdict#MAY_APPLY}
 */
public record Eligibility(Verdict verdict, List<ConditionKind> dependsOn) {

  public Eligibility {
    dependsOn = List.copyOf(dependsOn);
  }

  public static final Eligibility APPLIES = new Eligibility(Verdict.APPLIES, List.of());
  public static final Eligibility DOES_NOT_APPLY =
      new Eligibility(Verdict.DOES_NOT_APPLY, List.of());

  /** Shown to the visitor: it applies, or it may apply depending on an answer not given. */
  public boolean isShown() {
    return verdict != Verdict.DOES_NOT_APPLY;
  }

  /** The outcome of evaluating a regulation's conditions against a profile. */
  public enum Verdict implements Coded {
    /** Every condition holds on what the visitor told. */
    APPLIES,
    /** No condition fails, but some concern questions the visitor did not answer. */
    MAY_APPLY,
    /** At least one condition fails on an answer the visitor gave. */
    DOES_NOT_APPLY
  }
}
