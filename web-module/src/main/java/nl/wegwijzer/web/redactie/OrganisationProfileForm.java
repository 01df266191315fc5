package nl.wegwijzer.web.redactie;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.service.FieldProblem;
import nl.wegwijzer.content.service.FieldSpec;
import nl.wegwijzer.content.service.OrganisationKind;
import nl.wegwijzer.content.service.OrganisationProposals;
import nl.wegwijzer.directory.model.AreaScope;
import nl.wegwijzer.web.shared.Labels;

/**
 * An organisation's profile as a form (the include {@code organisation-profile.xhtml}): its own
 * fields and its repeatable rows (phones, locations, services; added and removed by plain postbacks
 * that keep what was typed), turned into a version's fields and back. The editors' edit page and
 * the coordinators' proposal page share it.
 */
public class OrganisationProfileForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> values = new HashMap<>();
  private final Map<String, List<Row>> rows = new HashMap<>();
  private final Map<String, List<FieldSpec>> rowSpecs = new HashMap<>();

  /** One row of the form: its texts, flags and chosen lists by value name. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Boolean> flags = new HashMap<>();
    private final Map<String, Object> multi = new HashMap<>();

    public Map<String, String> getValues() {
      return values;
    }

    public Map<String, Boolean> getFlags() {
      return flags;
    }

    public Map<String, Object> getMulti() {
      return multi;
    }
  }

  /** The whole profile, as an editor writes it. */
  public OrganisationProfileForm(OrganisationKind kind) {
    this(kind, null);
  }

  /**
   * The profile with a service's area limited to {@code areas} (a coordinator's: their regions and
   * the municipalities in them, and what the live profile names already), never the whole country;
   * null for no limit.
   */
  public OrganisationProfileForm(OrganisationKind kind, OrganisationProposals.Areas areas) {
    for (String row : OrganisationKind.ROWS) {
      List<FieldSpec> specs = new ArrayList<>();
      for (FieldSpec spec : kind.rowFields(row)) {
        specs.add(areas == null ? spec : limited(spec, areas));
      }
      rowSpecs.put(row, specs);
    }
    for (String row : OrganisationKind.ROWS) {
      rows.put(row, new ArrayList<>());
    }
  }

  private static FieldSpec limited(FieldSpec spec, OrganisationProposals.Areas areas) {
    List<FieldSpec.Option> kept =
        switch (spec.name()) {
          case "regions" ->
              spec.options().stream().filter(o -> areas.regions().contains(o.value())).toList();
          case "municipalities" ->
              spec.options().stream()
                  .filter(o -> areas.municipalities().contains(o.value()))
                  .toList();
          case "scope" ->
              spec.options().stream()
                  .filter(o -> !o.value().equals(AreaScope.NATIONAL.code()))
                  .toList();
          default -> null;
        };
    return kept == null
        ? spec
        : new FieldSpec(spec.name(), spec.type(), spec.required(), spec.maxLength(), kept);
  }

  /** Puts a version's fields into the form. */
  public void fill(Map<String, String> fields) {
    values.clear();
    for (String name :
        List.of("name", "description", "descriptionEn", "website", "email", "languages")) {
      values.put(name, fields.get(name));
    }
    Fields all = new Fields(fields);
    for (String row : OrganisationKind.ROWS) {
      List<Row> list = new ArrayList<>();
      for (Map<String, String> stored : OrganisationKind.rows(all, row).values()) {
        Row r = new Row();
        for (FieldSpec spec : rowSpecs.get(row)) {
          String value = stored.get(spec.name());
          switch (spec.type()) {
            case FLAG -> r.flags.put(spec.name(), "true".equals(value));
            case CHOICES -> r.multi.put(spec.name(), WorkflowPage.splitChoices(value));
            default -> r.values.put(spec.name(), value);
          }
        }
        list.add(r);
      }
      rows.put(row, list);
    }
  }

  /** The form as a version's fields. */
  public Map<String, String> collect() {
    Map<String, String> fields = new LinkedHashMap<>(values);
    for (String row : OrganisationKind.ROWS) {
      int n = 1;
      for (Row r : rows.get(row)) {
        for (FieldSpec spec : rowSpecs.get(row)) {
          String key = row + "." + n + "." + spec.name();
          switch (spec.type()) {
            case FLAG ->
                fields.put(key, Boolean.toString(Boolean.TRUE.equals(r.flags.get(spec.name()))));
            case CHOICES -> fields.put(key, WorkflowPage.joinChoices(r.multi.get(spec.name())));
            default -> fields.put(key, r.values.get(spec.name()));
          }
        }
        n++;
      }
    }
    return fields;
  }

  public void addRow(String row) {
    rows.get(row).add(new Row());
  }

  public void removeRow(String row, int index) {
    List<Row> list = rows.get(row);
    if (index >= 0 && index < list.size()) {
      list.remove(index);
    }
  }

  /**
   * Puts each problem at its field (a row's value named with its row: 'Dienst 2: Zorgbehoefte') and
   * answers them as sentences for the top of the page.
   */
  public String showProblems(List<FieldProblem> problems, Map<String, String> atFields) {
    List<String> sentences = new ArrayList<>();
    for (FieldProblem p : problems) {
      String sentence = EditorialTexts.text("problem." + p.problem(), label(p.field()), p.limit());
      atFields.put(p.field(), sentence);
      sentences.add(sentence);
    }
    return String.join(" ", sentences);
  }

  /** A field's label; a row's value is named with its row ('Dienst 2: naam'). */
  public String label(String field) {
    String[] parts = field.split("\\.");
    if (parts.length == 3) {
      return EditorialTexts.text("org.row." + parts[0], Integer.parseInt(parts[1]))
          + ": "
          + EditorialTexts.field("org." + parts[0] + "." + parts[2]);
    }
    return EditorialTexts.field(field.equals("slug") ? field : "org." + field);
  }

  public List<Row> getPhones() {
    return rows.get("phone");
  }

  public List<Row> getLocations() {
    return rows.get("location");
  }

  public List<Row> getServices() {
    return rows.get("service");
  }

  public List<FieldSpec> getServiceSpecs() {
    return rowSpecs.get("service");
  }

  public List<FieldSpec> getLocationSpecs() {
    return rowSpecs.get("location");
  }

  /** The screen name of a choice's value, from the public texts where they exist. */
  public String option(String field, FieldSpec.Option option) {
    return option.label() != null ? option.label() : optionName(field, option.value());
  }

  /** The name of a code of a service's choice field, as the form and the history show it. */
  static String optionName(String field, String code) {
    String prefix =
        switch (field) {
          case "careNeed" -> "careNeed.";
          case "access" -> "access.";
          case "ageGroups" -> "age.";
          case "genders" -> "gender.";
          case "nationalities" -> "nationality.";
          case "forms" -> "form.";
          default -> null;
        };
    return prefix == null ? EditorialTexts.field("org.scope." + code) : Labels.text(prefix + code);
  }

  public Map<String, String> getValues() {
    return values;
  }

  /** The problem with a value of the row at {@code index} (from 0) of a kind, or null. */
  public String problemAt(Map<String, String> problems, String row, int index, String name) {
    return problems.get(row + "." + (index + 1) + "." + name);
  }
}
