package nl.wegwijzer.content.service;

import nl.wegwijzer.content.model.Step;

/** A step as a line in a list. */
public record StepSummary(String slug, String phase, int position, String title, String summary) {

  static StepSummary of(Step step) {
    return new StepSummary(
        step.slug(), step.phase().slug(), step.position(), step.title(), step.summary());
  }
}
