package nl.wegwijzer.content.service;

import java.util.List;

/**
 * A step page: what happens, the rights and regulations that play a part, the care needs whose
 * organisations help (codes of {@link nl.wegwijzer.directory.model.CareNeed}), and the neighbouring
 * steps of the whole guide (null at either end).
 *
 * @param body sanitised simple HTML
 * @param inDutchOnly an English reader sees the Dutch text because the translation is missing
 */
public record StepView(
    String slug,
    String phase,
    String phaseTitle,
    int position,
    String title,
    String summary,
    String body,
    List<RegulationView> regulations,
    List<String> careNeeds,
    StepSummary previous,
    StepSummary next,
    boolean inDutchOnly) {

  public StepView {
    regulations = List.copyOf(regulations);
    careNeeds = List.copyOf(careNeeds);
  }
}
