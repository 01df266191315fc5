package nl.wegwijzer.content.service;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijzer.content.model.EligibilityCondition;
import nl.wegwijzer.content.model.Regulation;
import nl.wegwijzer.content.model.RuleVersion;

/**
 * A right or regulation with whom it is for, as the rule version of today says (the newest one when
 * none holds yet).
 *
 * @param body sanitised simple HTML
 * @param legalBasis the legal basis of that rule version
 * @param conditions empty when it is for every victim
 * @param ruleVersion the label of that rule version, valid from {@code ruleValidFrom}
 * @param checkedOn the day an editor last checked it against the law; null if never
 * @param deadlines the deadlines it sets, by kind code ('reflection-period', …), as ISO periods
 */
public record RegulationView(
    String slug,
    String title,
    String summary,
    String body,
    String legalBasis,
    List<ConditionView> conditions,
    boolean inDutchOnly,
    String ruleVersion,
    LocalDate ruleValidFrom,
    LocalDate checkedOn,
    Map<String, String> deadlines) {

  public RegulationView {
    conditions = List.copyOf(conditions);
    deadlines = Map.copyOf(deadlines);
  }

  static RegulationView of(Regulation regulation, Wording wording) {
    RuleVersion rule =
        regulation.ruleOn(LocalDate.now(RouteService.DUTCH_TIME)).orElseGet(regulation::latestRule);
    Map<String, String> deadlines = new LinkedHashMap<>();
    rule.deadlines().forEach((kind, period) -> deadlines.put(kind.code(), iso(period)));
    // Read in one language: an English reader gets all of it in Dutch when any part lacks English.
    boolean dutch =
        wording.fallsBack(regulation.titleEn(), regulation.bodyEn())
            || (rule.legalBasis() != null && wording.fallsBack(rule.legalBasisEn()));
    Wording shown = dutch ? Wording.DUTCH : wording;
    return new RegulationView(
        regulation.slug(),
        shown.pick(regulation.title(), regulation.titleEn()),
        shown.pick(regulation.summary(), regulation.summaryEn()),
        shown.pick(regulation.body(), regulation.bodyEn()),
        shown.pick(rule.legalBasis(), rule.legalBasisEn()),
        rule.conditions().stream().map(ConditionView::of).toList(),
        dutch,
        rule.label(),
        rule.validFrom(),
        rule.checkedOn(),
        deadlines);
  }

  private static String iso(Period period) {
    return period.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * One condition: the answer to {@code question} ('age', 'nationality', 'form', 'report') must be
   * one of {@code allowed}.
   */
  public record ConditionView(String kind, String question, List<String> allowed) {

    static ConditionView of(EligibilityCondition condition) {
      return new ConditionView(
          condition.kind().code(),
          condition.kind().question(),
          condition.kind().answers().stream().filter(condition::allows).toList());
    }
  }
}
