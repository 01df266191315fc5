package nl.wegwijzer.content.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.content.model.ConditionKind;
import nl.wegwijzer.content.model.EligibilityCondition;
import nl.wegwijzer.content.model.Regulation;

/**
 * Decides which rights and regulations are for a victim, from the conditions that editors keep as
 * data. The semantics, the same for every regulation:
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

  public Eligibility evaluate(Regulation regulation, VictimProfile profile) {
    return evaluate(regulation.conditions(), profile);
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
