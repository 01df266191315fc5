package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wegwijzer.content.model.ConditionKind;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.EligibilityCondition;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.Regulation;
import nl.wegwijzer.content.repository.RegulationRepository;

/**
 * Rights and regulations, for the workflow; who a regulation is for (its eligibility conditions) is
 * part of the version, one field per kind of condition.
 */
@ApplicationScoped
public class RegulationKind implements EditableKind<Regulation> {

  private final RegulationRepository regulations;

  protected RegulationKind() {
    this(null);
  }

  @Inject
  public RegulationKind(RegulationRepository regulations) {
    this.regulations = regulations;
  }

  /** The field that holds the allowed answers of one kind of condition ('conditionAge', …). */
  static String conditionField(ConditionKind kind) {
    String question = kind.question();
    return "condition" + Character.toUpperCase(question.charAt(0)) + question.substring(1);
  }

  @Override
  public EditorialKind kind() {
    return EditorialKind.REGULATION;
  }

  @Override
  public String table() {
    return "regulation";
  }

  @Override
  public List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(FieldSpec.slug());
    fields.addAll(TextKinds.dutch());
    fields.add(FieldSpec.line("legalBasis", false, 500));
    for (ConditionKind kind : ConditionKind.values()) {
      fields.add(
          FieldSpec.choices(
              conditionField(kind),
              kind.answers().stream().map(a -> new FieldSpec.Option(a, null)).toList()));
    }
    fields.addAll(TextKinds.english());
    return fields;
  }

  @Override
  public Optional<Regulation> live(String slug) {
    return regulations.findBySlug(slug);
  }

  @Override
  public Long idOf(Regulation live) {
    return live.id();
  }

  @Override
  public Fields snapshot(Regulation r) {
    Map<String, String> values =
        TextKinds.texts(
            r.title(), r.summary(), r.body(), r.titleEn(), r.summaryEn(), r.bodyEn(), Map.of());
    values.put("legalBasis", r.legalBasis());
    for (EligibilityCondition condition : r.conditions()) {
      values.put(
          conditionField(condition.kind()),
          String.join(", ", condition.allowedValues().stream().sorted().toList()));
    }
    return new Fields(values);
  }

  @Override
  public Regulation apply(Fields fields, String slug, Optional<Regulation> live) {
    Regulation regulation =
        live.orElseGet(
            () ->
                regulations.add(
                    new Regulation(
                        slug,
                        fields.get("title"),
                        fields.get("summary"),
                        fields.get("body"),
                        fields.optional("legalBasis"))));
    regulation.rewrite(
        fields.get("title"),
        fields.get("summary"),
        fields.get("body"),
        fields.optional("legalBasis"));
    regulation.translate(
        fields.optional("titleEn"), fields.optional("summaryEn"), fields.optional("bodyEn"));
    Map<ConditionKind, Set<String>> conditions = new LinkedHashMap<>();
    for (ConditionKind kind : ConditionKind.values()) {
      List<String> allowed = EditableKind.list(fields.get(conditionField(kind)));
      if (!allowed.isEmpty()) {
        conditions.put(kind, new LinkedHashSet<>(allowed));
      }
    }
    regulation.replaceConditions(conditions);
    return regulation;
  }

  @Override
  public RevisionPreview preview(Fields fields, String slug) {
    return new RevisionPreview(
        publicPath(fields, slug),
        null,
        new RevisionPreview.ArticlePreview(
            "rechten",
            fields.get("title"),
            fields.get("summary"),
            fields.get("body"),
            false,
            fields.optional("legalBasis")));
  }

  @Override
  public String publicPath(Fields fields, String slug) {
    return "/rechten/" + slug;
  }
}
