package nl.wegwijzer.content.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What an editor says about one version of a regulation's rule: its label and first day, the legal
 * basis with where it was looked up and when it was last checked against the law, who it is for and
 * the deadlines it sets (ISO-8601 periods).
 */
public record RuleDraft(
    String label,
    LocalDate validFrom,
    String legalBasis,
    String legalBasisEn,
    String source,
    LocalDate checkedOn,
    Map<ConditionKind, Set<String>> conditions,
    Map<DeadlineKind, String> deadlines) {

  public RuleDraft {
    conditions = Map.copyOf(conditions);
    deadlines = Map.copyOf(deadlines);
  }
}
