package nl.wegwijzer.content.service;

import java.util.List;
import nl.wegwijzer.content.model.EligibilityCondition;
import nl.wegwijzer.content.model.Regulation;

/**
 * A right or regulation with whom it is for.
 *
 * @param body sanitised simple HTML
 * @param conditions empty when it is for every victim
 */
public record RegulationView(
    String slug,
    String title,
    String summary,
    String body,
    String legalBasis,
    List<ConditionView> conditions,
    boolean inDutchOnly) {

  public RegulationView {
    conditions = List.copyOf(conditions);
  }

  static RegulationView of(Regulation regulation, Wording wording) {
    return new RegulationView(
        regulation.slug(),
        wording.pick(regulation.title(), regulation.titleEn()),
        wording.pick(regulation.summary(), regulation.summaryEn()),
        wording.pick(regulation.body(), regulation.bodyEn()),
        regulation.legalBasis(),
        regulation.conditions().stream().map(ConditionView::of).toList(),
        wording.fallsBack(regulation.titleEn(), regulation.bodyEn()));
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
