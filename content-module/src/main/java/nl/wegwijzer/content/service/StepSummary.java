package nl.wegwijzer.content.service;

import nl.wegwijzer.content.model.Step;

/** A step as a line in a list. */
public record StepSummary(String slug, String phase, int position, String title, String summary) {

  static StepSummary of(Step step, Wording wording) {
    return new StepSummary(
        step.slug(),
        step.phase().slug(),
        step.position(),
        wording.pick(step.title(), step.titleEn()),
        wording.pick(step.summary(), step.summaryEn()));
  }
}
