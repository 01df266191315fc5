package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.Phase;
import nl.wegwijzer.content.model.Regulation;
import nl.wegwijzer.content.model.Step;
import nl.wegwijzer.content.repository.PhaseRepository;
import nl.wegwijzer.content.repository.RegulationRepository;
import nl.wegwijzer.content.repository.StepRepository;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.support.Coded;

/** Steps of the phases, for the workflow. */
@ApplicationScoped
public class StepKind implements EditableKind<Step> {

  private final StepRepository steps;
  private final PhaseRepository phases;
  private final RegulationRepository regulations;

  protected StepKind() {
    this(null, null, null);
  }

  @Inject
  public StepKind(StepRepository steps, PhaseRepository phases, RegulationRepository regulations) {
    this.steps = steps;
    this.phases = phases;
    this.regulations = regulations;
  }

  @Override
  public EditorialKind kind() {
    return EditorialKind.STEP;
  }

  @Override
  public String table() {
    return "step";
  }

  @Override
  public List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(FieldSpec.slug());
    fields.add(
        FieldSpec.choice(
            "phase", true, TextKinds.options(phases.all(), Phase::slug, Phase::title)));
    fields.add(FieldSpec.number("position"));
    fields.addAll(TextKinds.dutch());
    fields.add(FieldSpec.choices("careNeeds", TextKinds.codes(CareNeed.class)));
    fields.add(
        FieldSpec.choices(
            "regulations",
            TextKinds.options(regulations.published(), Regulation::slug, Regulation::title)));
    fields.addAll(TextKinds.english());
    return fields;
  }

  @Override
  public Optional<Step> live(String slug) {
    return steps.findBySlug(slug);
  }

  @Override
  public Long idOf(Step live) {
    return live.id();
  }

  @Override
  public Fields snapshot(Step step) {
    Map<String, String> more = new LinkedHashMap<>();
    more.put("phase", step.phase().slug());
    more.put("position", Integer.toString(step.position()));
    Map<String, String> values =
        TextKinds.texts(
            step.title(),
            step.summary(),
            step.body(),
            step.titleEn(),
            step.summaryEn(),
            step.bodyEn(),
            more);
    values.put(
        "careNeeds",
        step.careNeeds().stream().map(CareNeed::code).collect(Collectors.joining(", ")));
    values.put(
        "regulations",
        step.regulations().stream().map(Regulation::slug).collect(Collectors.joining(", ")));
    return new Fields(values);
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
  public Step apply(Fields fields, String slug, Optional<Step> live) {
    Phase phase = phases.findBySlug(fields.get("phase")).orElseThrow();
    int position = EditableKind.number(fields, "position");
    Step step =
        live.orElseGet(
            () ->
                steps.add(
                    new Step(
                        phase,
                        position,
                        slug,
                        fields.get("title"),
                        fields.get("summary"),
                        fields.get("body"))));
    step.placeIn(phase, position);
    step.rewrite(fields.get("title"), fields.get("summary"), fields.get("body"));
    step.translate(
        fields.optional("titleEn"), fields.optional("summaryEn"), fields.optional("bodyEn"));
    step.replaceCareNeeds(
        EditableKind.list(fields.get("careNeeds")).stream()
            .map(code -> Coded.parse(CareNeed.class, "careNeeds", code))
            .toList());
    step.linkRegulations(linked(fields));
    return step;
  }

  private List<Regulation> linked(Fields fields) {
    return EditableKind.list(fields.get("regulations")).stream()
        .map(regulations::findBySlug)
        .flatMap(Optional::stream)
        .toList();
  }

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
    return "/" + fields.get("phase") + "/" + slug;
  }
}
