package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
public class RegulationKind extends TextKind<Regulation> {

  protected RegulationKind() {
    this(null);
  }

  @Inject
  public RegulationKind(RegulationRepository regulations) {
    super(EditorialKind.REGULATION, "regulation", true, regulations);
  }

  /** The field that holds the allowed answers of one kind of condition ('conditionAge', …). */
  static String conditionField(ConditionKind kind) {
    String question = kind.question();
    return "condition" + Character.toUpperCase(question.charAt(0)) + question.substring(1);
  }

  @Override
  protected List<FieldSpec> fieldsBeforeText() {
    return List.of();
  }

  @Override
  protected List<FieldSpec> fieldsAfterText() {
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(FieldSpec.line("legalBasis", false, 500));
    for (ConditionKind kind : ConditionKind.values()) {
      fields.add(
          FieldSpec.choices(
              conditionField(kind),
              kind.answers().stream().map(a -> new FieldSpec.Option(a, null)).toList()));
    }
    return fields;
  }

  @Override
  protected Map<String, String> ownValues(Regulation r) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("legalBasis", r.legalBasis());
    for (EligibilityCondition condition : r.conditions()) {
      values.put(
          conditionField(condition.kind()),
          String.join(", ", condition.allowedValues().stream().sorted().toList()));
    }
    return values;
  }

  @Override
  protected Regulation newItem(Fields fields, String slug) {
    return new Regulation(
        slug,
        fields.get("title"),
        fields.get("summary"),
        fields.get("body"),
        fields.optional("legalBasis"));
  }

  @Override
  protected void applyOwn(Fields fields, Regulation regulation) {
    regulation.cite(fields.optional("legalBasis"));
    Map<ConditionKind, Set<String>> conditions = new LinkedHashMap<>();
    for (ConditionKind kind : ConditionKind.values()) {
      List<String> allowed = EditableKind.list(fields.get(conditionField(kind)));
      if (!allowed.isEmpty()) {
        conditions.put(kind, new LinkedHashSet<>(allowed));
      }
    }
    regulation.replaceConditions(conditions);
  }
}
