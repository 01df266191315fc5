package nl.wegwijzer.content.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.Publishable;
import nl.wegwijzer.content.model.SimpleHtml;

/**
 * What the workflow needs to know about one kind of item: its editable fields, how to take a
 * snapshot of the live row, how to check fields, how to apply them to the live row (creating it on
 * the first publication) and how the public page would show them.
 *
 * @param <T> the live entity
 */
public interface EditableKind<T extends Publishable> {

  EditorialKind kind();

  /** The live table in the content schema, and the field that is its title column. */
  String table();

  default String titleField() {
    return "title";
  }

  /** The fields in the order the form shows them. */
  List<FieldSpec> fields();

  Optional<T> live(String slug);

  Long idOf(T live);

  Fields snapshot(T live);

  /** Checks beyond the fields' own rules (a free position, an existing phase). */
  default List<FieldProblem> checkItem(Fields fields, String slug) {
    return List.of();
  }

  /**
   * Applies the fields to the live row, or creates and stores it; the caller publishes it. The
   * fields have passed the complete check.
   */
  T apply(Fields fields, String slug, Optional<T> live);

  RevisionPreview preview(Fields fields, String slug);

  String publicPath(Fields fields, String slug);

  /**
   * The fields as they will be kept: rich text cleaned by the sanitiser, lists in a fixed form, the
   * slug left out (it is the item's name, not a field of a version).
   */
  default Fields clean(Fields fields) {
    Map<String, String> cleaned = new LinkedHashMap<>();
    for (FieldSpec spec : fields()) {
      String value = fields.optional(spec.name());
      if (value == null || spec.type() == FieldSpec.Type.SLUG) {
        continue;
      }
      cleaned.put(
          spec.name(),
          switch (spec.type()) {
            case RICH -> SimpleHtml.sanitise(value);
            case CHOICES -> String.join(", ", list(value));
            case FLAG -> Boolean.toString("true".equalsIgnoreCase(value) || "on".equals(value));
            default -> value;
          });
    }
    return new Fields(cleaned);
  }

  /**
   * Every problem with the fields; {@code complete} also asks for the required ones (a draft may be
   * unfinished, a version for review may not).
   */
  default List<FieldProblem> check(Fields fields, String slug, boolean complete) {
    List<FieldProblem> problems = new ArrayList<>();
    for (FieldSpec spec : fields()) {
      String value = spec.type() == FieldSpec.Type.SLUG ? slug : fields.optional(spec.name());
      if (value == null || value.isBlank()) {
        if (spec.required() && (complete || spec.type() == FieldSpec.Type.SLUG)) {
          problems.add(FieldProblem.of(spec.name(), "required"));
        }
        continue;
      }
      String valueProblem = valueProblem(spec, value);
      if (valueProblem != null) {
        problems.add(
            new FieldProblem(
                spec.name(), valueProblem, "too-long".equals(valueProblem) ? spec.maxLength() : 0));
      }
    }
    if (problems.isEmpty() && complete) {
      problems.addAll(checkItem(fields, slug));
    }
    return problems;
  }

  private static String valueProblem(FieldSpec spec, String value) {
    if (spec.type() == FieldSpec.Type.RICH
        ? SimpleHtml.sanitise(value).length() > spec.maxLength()
        : value.strip().length() > spec.maxLength()) {
      return "too-long";
    }
    switch (spec.type()) {
      case SLUG:
        return value.matches("[a-z0-9]+(-[a-z0-9]+)*") ? null : "slug-format";
      case NUMBER:
        try {
          return Integer.parseInt(value.strip()) >= 1 ? null : "not-a-number";
        } catch (NumberFormatException e) {
          return "not-a-number";
        }
      case DATE:
        try {
          LocalDate.parse(value.strip());
          return null;
        } catch (DateTimeParseException e) {
          return "not-a-date";
        }
      case CHOICE:
        return allowed(spec).contains(value.strip()) ? null : "unknown-choice";
      case CHOICES:
        return allowed(spec).containsAll(list(value)) ? null : "unknown-choice";
      case FILE:
        return value.strip().matches("[0-9]{1,18}") ? null : "file-missing";
      default:
        return null;
    }
  }

  private static Set<String> allowed(FieldSpec spec) {
    return spec.options().stream().map(FieldSpec.Option::value).collect(Collectors.toSet());
  }

  /** A list field's values. */
  static List<String> list(String value) {
    return value == null || value.isBlank()
        ? List.of()
        : Arrays.stream(value.split("[,\\s]+")).filter(v -> !v.isBlank()).distinct().toList();
  }

  static int number(Fields fields, String name) {
    return Integer.parseInt(fields.get(name).strip());
  }

  /** A number field's value, or {@code fallback} while it is not a number (in a draft). */
  static int numberOr(Fields fields, String name, int fallback) {
    try {
      return number(fields, name);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  static boolean flag(Fields fields, String name) {
    return "true".equals(fields.get(name));
  }
}
