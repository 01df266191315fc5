package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.Phase;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.model.Regulation;
import nl.wegwijzer.content.model.Step;
import nl.wegwijzer.content.repository.PhaseRepository;
import nl.wegwijzer.content.repository.RegulationRepository;
import nl.wegwijzer.content.repository.StepRepository;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.support.Coded;

/** Steps of the phases, for the workflow; a step's page is under its phase. */
@ApplicationScoped
public class StepKind extends TextKind<Step> {

  private final StepRepository steps;
  private final PhaseRepository phases;
  private final RegulationRepository regulations;

  protected StepKind() {
    this(null, null, null);
  }

  @Inject
  public StepKind(StepRepository steps, PhaseRepository phases, RegulationRepository regulations) {
    super(EditorialKind.STEP, "step", true, steps);
    this.steps = steps;
    this.phases = phases;
    this.regulations = regulations;
  }

  @Override
  protected List<FieldSpec> fieldsBeforeText() {
    return List.of(
        FieldSpec.choice("phase", true, TextKinds.options(phases.all(), Phase::slug, Phase::title)),
        FieldSpec.number("position"));
  }

  @Override
  protected List<FieldSpec> fieldsAfterText() {
    return List.of(
        FieldSpec.choices("careNeeds", TextKinds.codes(CareNeed.class)),
        FieldSpec.choices(
            "regulations",
            TextKinds.options(regulations.published(), Regulation::slug, Regulation::title)));
  }

  @Override
  protected Map<String, String> ownValues(Step step) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("phase", step.phase().slug());
    values.put("position", Integer.toString(step.position()));
    values.put(
        "careNeeds",
        step.careNeeds().stream().map(CareNeed::code).collect(Collectors.joining(", ")));
    values.put(
        "regulations",
        step.regulations().stream().map(Regulation::slug).collect(Collectors.joining(", ")));
    return values;
  }

  @Override
  public List<FieldProblem> checkItem(Fields fields, String slug) {
    Phase phase = phases.findBySlug(fields.get("phase")).orElse(null);
    if (phase == null) {
      return List.of(FieldProblem.of("phase", "unknown-choice"));
    }
    int position = EditableKind.number(fields, "position");
    boolean taken =
        steps.publishedIn(phase).stream()
            .anyMatch(s -> s.position() == position && !s.slug().equals(slug));
    return taken ? List.of(FieldProblem.of("position", "position-taken")) : List.of();
  }

  @Override
  protected Step newItem(Fields fields, String slug) {
    return new Step(
        phase(fields),
        EditableKind.number(fields, "position"),
        slug,
        fields.get("title"),
        fields.get("summary"),
        fields.get("body"));
  }

  @Override
  protected void applyOwn(Fields fields, Step step) {
    step.placeIn(phase(fields), EditableKind.number(fields, "position"));
    step.replaceCareNeeds(
        EditableKind.list(fields.get("careNeeds")).stream()
            .map(code -> Coded.parse(CareNeed.class, "careNeeds", code))
            .toList());
    step.linkRegulations(linked(fields));
  }

  private Phase phase(Fields fields) {
    return phases.findBySlug(fields.get("phase")).orElseThrow();
  }

  private List<Regulation> linked(Fields fields) {
    return EditableKind.list(fields.get("regulations")).stream()
        .map(regulations::findBySlug)
        .flatMap(Optional::stream)
        .toList();
  }

  /** A step page, not an article. */
  @Override
  public RevisionPreview preview(Fields fields, String slug) {
    Phase phase = phases.findBySlug(fields.get("phase")).orElse(null);
    StepView view =
        new StepView(
            slug,
            phase == null ? "" : phase.slug(),
            phase == null ? "" : phase.title(),
            EditableKind.numberOr(fields, "position", 1),
            fields.get("title"),
            fields.get("summary"),
            fields.get("body"),
            linked(fields).stream()
                .filter(Regulation::isPublished)
                .map(regulation -> RegulationView.of(regulation, Wording.DUTCH))
                .toList(),
            EditableKind.list(fields.get("careNeeds")),
            null,
            null,
            false);
    return new RevisionPreview(publicPath(fields, slug), view, null);
  }

  @Override
  public String publicPath(Fields fields, String slug) {
    return PublicPaths.step(fields.get("phase"), slug);
  }
}
