package nl.wegwijzer.content.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.ConditionKind;
import nl.wegwijzer.content.model.EligibilityCondition;
import nl.wegwijzer.content.model.Regulation;
import nl.wegwijzer.content.model.RuleVersion;

/**
 * The one rules engine of the guide and the case work: decides which rights and regulations are for
 * a victim on a given day, from the rule versions that editors keep as data (conditions, deadlines,
 * legal basis), and says why. The semantics, the same for every regulation:
 *
 * <ul>
 *   <li>all conditions of a regulation must hold (AND); a regulation without conditions is for
 *       everyone;
 *   <li>a condition holds when the visitor's answer for its kind is one of its allowed values (OR
 *       within a condition);
 *   <li>a condition on a part of the profile the visitor did not give neither holds nor fails: the
 *       regulation <em>may apply</em> and is shown, marked as depending on that question. A victim
 *       must never miss a right because a question was skipped;
 *   <li>one failing condition on a given answer excludes the regulation, whatever is unanswered.
 * </ul>
 */
@ApplicationScoped
public class EligibilityRules {

  /**
   * The regulation's answer on {@code day}, with the rule version that holds that day. Before the
   * first version (or after a rule ended) it does not apply, with the reason {@code
   * no-rule-on-date}.
   */
  public RuleAnswer answer(Regulation regulation, VictimProfile profile, LocalDate day) {
    Optional<RuleVersion> holding = regulation.ruleOn(day);
    if (holding.isEmpty()) {
      return new RuleAnswer(
          regulation.slug(),
          day,
          Eligibility.Verdict.DOES_NOT_APPLY,
          "no-rule-on-date",
          List.of(),
          null,
          null,
          null,
          null,
          null,
          Map.of());
    }
    RuleVersion rule = holding.get();
    List<RuleAnswer.Reason> reasons = new ArrayList<>();
    for (EligibilityCondition condition : rule.conditions()) {
      Optional<String> answer = profile.answer(condition.kind());
      RuleAnswer.Outcome outcome =
          answer.isEmpty()
              ? RuleAnswer.Outcome.OPEN
              : condition.allows(answer.get())
                  ? RuleAnswer.Outcome.HOLDS
                  : RuleAnswer.Outcome.FAILS;
      reasons.add(
          new RuleAnswer.Reason(
              condition.kind(),
              condition.kind().answers().stream().filter(condition::allows).toList(),
              answer.orElse(null),
              outcome));
    }
    Eligibility eligibility = evaluate(rule.conditions(), profile);
    return new RuleAnswer(
        regulation.slug(),
        day,
        eligibility.verdict(),
        reasonKey(eligibility, reasons),
        reasons,
        rule.label(),
        rule.validFrom(),
        rule.validUntil(),
        rule.legalBasis(),
        rule.checkedOn(),
        rule.deadlines());
  }

  private static String reasonKey(Eligibility eligibility, List<RuleAnswer.Reason> reasons) {
    return switch (eligibility.verdict()) {
      case APPLIES -> reasons.isEmpty() ? "for-everyone" : "conditions-hold";
      case MAY_APPLY -> "depends-on-" + eligibility.dependsOn().get(0).question();
      case DOES_NOT_APPLY ->
          "fails-"
              + reasons.stream()
                  .filter(r -> r.outcome() == RuleAnswer.Outcome.FAILS)
                  .findFirst()
                  .orElseThrow()
                  .kind()
                  .question();
    };
  }

  public Eligibility evaluate(Collection<EligibilityCondition> conditions, VictimProfile profile) {
    List<ConditionKind> open = new ArrayList<>();
    for (EligibilityCondition condition : conditions) {
      Optional<String> answer = profile.answer(condition.kind());
      if (answer.isEmpty()) {
        open.add(condition.kind());
      } else if (!condition.allows(answer.get())) {
        return Eligibility.DOES_NOT_APPLY;
      }
    }
    return open.isEmpty()
        ? Eligibility.APPLIES
        : new Eligibility(Eligibility.Verdict.MAY_APPLY, open.stream().sorted().toList());
  }
}
