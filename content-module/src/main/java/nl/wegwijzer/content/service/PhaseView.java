package nl.wegwijzer.content.service;

import java.util.List;
import nl.wegwijzer.content.model.Phase;

/** A phase of support with its published steps in order. */
public record PhaseView(
    String slug, int position, String title, String summary, List<StepSummary> steps) {

  public PhaseView {
    steps = List.copyOf(steps);
  }

  static PhaseView of(Phase phase, List<StepSummary> steps, Wording wording) {
    return new PhaseView(
        phase.slug(),
        phase.position(),
        wording.pick(phase.title(), phase.titleEn()),
        wording.pick(phase.summary(), phase.summaryEn()),
        steps);
  }
}
