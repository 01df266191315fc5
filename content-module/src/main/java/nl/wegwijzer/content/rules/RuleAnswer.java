package nl.wegwijzer.content.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.ConditionKind;
import nl.wegwijzer.content.model.DeadlineKind;
import nl.wegwijzer.content.rules.Eligibility.Verdict;

/**
 * A regulation's answer for one profile on one day, with everything it rests on, so that it can say
 * why: the verdict, one reason per condition, the rule version used and its legal basis.
 *
 * @param reasonKey what decided it, for texts and tests: {@code for-everyone}, {@code
 *     conditions-hold}, {@code depends-on-<question>}, {@code fails-<question>}, or {@code
 *     no-rule-on-date} when no version of the rule holds on the day
 * @param ruleVersion the label of the version used; null with {@code no-rule-on-date}
 * @param checkedOn the day an editor last checked the version against the law; null if never
 */
public record RuleAnswer(
    String regulation,
    LocalDate on,
    Verdict verdict,
    String reasonKey,
    List<Reason> reasons,
    String ruleVersion,
    LocalDate validFrom,
    LocalDate validUntil,
    String legalBasis,
    LocalDate checkedOn,
    Map<DeadlineKind, Period> deadlines) {

  public RuleAnswer {
    reasons = List.copyOf(reasons);
    deadlines = Map.copyOf(deadlines);
  }

  /** How one condition came out. */
  public enum Outcome {
    HOLDS,
    FAILS,
    OPEN
  }

  /**
   * One condition: the answer to {@code kind}'s question must be one of {@code allowed}.
   *
   * @param answer the visitor's answer as a code; null when not given
   */
  public record Reason(ConditionKind kind, List<String> allowed, String answer, Outcome outcome) {
    public Reason {
      allowed = List.copyOf(allowed);
    }
  }

  /** The questions not answered that decide a may-apply, in the order of their kinds. */
  public List<ConditionKind> dependsOn() {
    return reasons.stream().filter(r -> r.outcome() == Outcome.OPEN).map(Reason::kind).toList();
  }

  /**
   * The reflection period this version gives: for a Dublin claimant their own term where the
   * version has one, else the general one; empty when the version sets none.
   */
  public Optional<Period> reflectionPeriod(boolean dublinClaimant) {
    if (dublinClaimant && deadlines.containsKey(DeadlineKind.REFLECTION_PERIOD_DUBLIN)) {
      return Optional.of(deadlines.get(DeadlineKind.REFLECTION_PERIOD_DUBLIN));
    }
    return Optional.ofNullable(deadlines.get(DeadlineKind.REFLECTION_PERIOD));
  }
}
