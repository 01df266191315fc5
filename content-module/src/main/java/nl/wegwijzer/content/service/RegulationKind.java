package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijzer.content.model.ConditionKind;
import nl.wegwijzer.content.model.DeadlineKind;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.EligibilityCondition;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.Regulation;
import nl.wegwijzer.content.model.RuleDraft;
import nl.wegwijzer.content.model.RuleVersion;
import nl.wegwijzer.content.repository.RegulationRepository;

/**
 * Rights and regulations, for the workflow. The newest rule version is part of the revision: its
 * label, first day, the day it was checked against the law, legal basis and source, deadlines and
 * who it is for (one field per kind of condition). Publishing a new label adds a rule version from
 * its first day; the same label corrects that version.
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
    fields.add(FieldSpec.line("ruleVersion", true, RuleVersion.MAX_LABEL));
    fields.add(FieldSpec.date("ruleValidFrom"));
    // Empty until an editor has checked this version against the law: the public page says so.
    fields.add(FieldSpec.optionalDate("ruleCheckedOn"));
    fields.add(FieldSpec.line("legalBasis", false, 500));
    fields.add(FieldSpec.line("legalBasisEn", false, 500));
    fields.add(FieldSpec.line("ruleSource", false, RuleVersion.MAX_SOURCE));
    for (DeadlineKind kind : DeadlineKind.values()) {
      fields.add(FieldSpec.line(RuleVersion.deadlineField(kind), false, 20));
    }
    for (ConditionKind kind : ConditionKind.values()) {
      fields.add(
          FieldSpec.choices(
              conditionField(kind),
              kind.answers().stream().map(a -> new FieldSpec.Option(a, null)).toList()));
    }
    return fields;
  }

  /** The newest rule version: an editor amends it (same label) or adds a newer one (new label). */
  @Override
  protected Map<String, String> ownValues(Regulation r) {
    RuleVersion rule = r.latestRule();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("ruleVersion", rule.label());
    values.put("ruleValidFrom", rule.validFrom().toString());
    values.put("ruleCheckedOn", rule.checkedOn() == null ? null : rule.checkedOn().toString());
    values.put("legalBasis", rule.legalBasis());
    values.put("legalBasisEn", rule.legalBasisEn());
    values.put("ruleSource", rule.source());
    rule.deadlines()
        .forEach((kind, period) -> values.put(RuleVersion.deadlineField(kind), period.toString()));
    for (EligibilityCondition condition : rule.conditions()) {
      values.put(
          conditionField(condition.kind()),
          String.join(", ", condition.allowedValues().stream().sorted().toList()));
    }
    return values;
  }

  @Override
  protected Regulation newItem(Fields fields, String slug) {
    return Regulation.withRule(
        slug, fields.get("title"), fields.get("summary"), fields.get("body"), rule(fields));
  }

  @Override
  protected void applyOwn(Fields fields, Regulation regulation) {
    regulation.adoptRule(rule(fields));
  }

  private static RuleDraft rule(Fields fields) {
    Map<ConditionKind, Set<String>> conditions = new LinkedHashMap<>();
    for (ConditionKind kind : ConditionKind.values()) {
      List<String> allowed = EditableKind.list(fields.get(conditionField(kind)));
      if (!allowed.isEmpty()) {
        conditions.put(kind, new LinkedHashSet<>(allowed));
      }
    }
    Map<DeadlineKind, String> deadlines = new LinkedHashMap<>();
    for (DeadlineKind kind : DeadlineKind.values()) {
      String period = fields.optional(RuleVersion.deadlineField(kind));
      if (period != null) {
        deadlines.put(kind, period);
      }
    }
    return new RuleDraft(
        fields.get("ruleVersion"),
        day(fields.optional("ruleValidFrom")),
        fields.optional("legalBasis"),
        fields.optional("legalBasisEn"),
        fields.optional("ruleSource"),
        day(fields.optional("ruleCheckedOn")),
        conditions,
        deadlines);
  }

  private static LocalDate day(String value) {
    return value == null ? null : LocalDate.parse(value.strip());
  }
}
