package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.model.EditorialKind;

/** The adapter of each kind of item the workflow handles. */
@ApplicationScoped
public class EditableKinds {

  private final Map<EditorialKind, EditableKind<?>> byKind = new EnumMap<>(EditorialKind.class);

  private StepKind steps;

  protected EditableKinds() {}

  @Inject
  public EditableKinds(
      StepKind steps,
      RegulationKind regulations,
      InformationPageKind pages,
      StoryKind stories,
      NewsKind news,
      FaqKind faq,
      OrganisationKind organisations,
      DocumentKind documents,
      IndicatorThemeKind indicators,
      FormPageKind formPages,
      CoordinationPointKind coordinationPoints,
      MunicipalityRegionKind municipalityRegions,
      SynonymKind synonyms) {
    this.steps = steps;
    for (EditableKind<?> kind :
        List.of(
            steps,
            regulations,
            pages,
            stories,
            news,
            faq,
            organisations,
            documents,
            indicators,
            formPages,
            coordinationPoints,
            municipalityRegions,
            synonyms)) {
      byKind.put(kind.kind(), kind);
    }
  }

  /** The steps' adapter, typed: links to steps name their phase too. */
  public StepKind steps() {
    return steps;
  }

  public EditableKind<?> of(EditorialKind kind) {
    EditableKind<?> adapter = byKind.get(kind);
    if (adapter == null) {
      throw new IllegalArgumentException("no adapter for " + kind);
    }
    return adapter;
  }
}
