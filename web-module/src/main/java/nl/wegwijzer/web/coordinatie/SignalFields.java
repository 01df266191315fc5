package nl.wegwijzer.web.coordinatie;

import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijzer.casework.model.PersonAge;
import nl.wegwijzer.casework.service.SignalForm;
import nl.wegwijzer.casework.service.SignalView;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.web.shared.CaseworkTexts;

/**
 * What a coordinator typed into the signal form, as text, exactly as typed: it survives every step,
 * every refusal and a stale save. Its fields are the components of the service's {@link
 * SignalForm}, declared there once; the page binds them by name ({@code
 * #{signalFormBacking.fields.intakeDate}}). {@link #toForm(Map)} reads each by its component's type
 * and notes every value that is not even a date or a number; the service checks the codes.
 */
public class SignalFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final RecordComponent[] COMPONENTS = SignalForm.class.getRecordComponents();

  private final LinkedHashMap<String, String> text = new LinkedHashMap<>();
  private Map<String, String> saved = Map.of();

  static SignalFields of(SignalView view) {
    SignalFields fields = new SignalFields();
    for (RecordComponent component : COMPONENTS) {
      fields.text.put(component.getName(), text(read(view.details(), component)));
    }
    return fields;
  }

  private static Object read(SignalForm details, RecordComponent component) {
    try {
      return component.getAccessor().invoke(details);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("SignalForm's " + component.getName(), e);
    }
  }

  private static String text(Object value) {
    if (value instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    return value == null ? null : value.toString();
  }

  /** The typed text by field name, for the page to read and write. */
  Map<String, String> text() {
    return text;
  }

  String get(String field) {
    return text.get(field);
  }

  void set(String field, String value) {
    text.put(field, value);
  }

  /** The codes ticked in a field of check boxes ({@code indicators}, {@code forms}). */
  List<String> ticked(String field) {
    return new ArrayList<>(list(text.get(field)));
  }

  void setIndicators(List<String> ticked) {
    text.put("indicators", String.join(",", ticked));
  }

  /**
   * Takes the ticked check boxes from a post, of each group that was on the page: the indicators
   * (posted as "indicator"), the forms ("form") and the languages ("language": the ticked ones and
   * the one chosen to add).
   */
  void takeTicked(Map<String, String[]> posted) {
    take(posted, "indicators-shown", "indicator", "indicators");
    take(posted, "forms-shown", "form", "forms");
    take(posted, "languages-shown", "language", "languages");
  }

  /** Notes that what is typed now is what is saved (or what an empty form starts with). */
  void markSaved() {
    saved = visible(text);
  }

  /** Whether anything was typed or ticked since the last save. */
  boolean unsaved() {
    return !visible(text).equals(saved);
  }

  /** The fields that hold something, as lists without empty items: "ro," is "ro". */
  private static Map<String, String> visible(Map<String, String> fields) {
    Map<String, String> shown = new LinkedHashMap<>();
    fields.forEach(
        (field, value) -> {
          if (value != null && !value.isBlank()) {
            shown.put(field, String.join(",", list(value)));
          }
        });
    return shown;
  }

  private void take(Map<String, String[]> posted, String shown, String box, String field) {
    if (posted.containsKey(shown)) {
      String[] ticked = posted.get(box);
      text.put(field, ticked == null ? "" : String.join(",", ticked));
    }
  }

  /**
   * Whether the person may be a minor, from the age or birth year typed, on the intake day (else
   * {@code today}): yes, no or unknown.
   */
  String minor(LocalDate today) {
    Map<String, String> ignored = new LinkedHashMap<>();
    Integer age = number("age", text.get("age"), ignored);
    Integer year = number("birthYear", text.get("birthYear"), ignored);
    LocalDate on = date("intakeDate", text.get("intakeDate"), ignored);
    LocalDate day = on == null ? today : on;
    try {
      Boolean minor = PersonAge.of(age, year, day).minorOn(day);
      return minor == null ? "unknown" : minor ? "yes" : "no";
    } catch (InvalidInputException e) {
      return "unknown";
    }
  }

  /** The service's form; values that cannot be read are left out and noted in {@code problems}. */
  SignalForm toForm(Map<String, String> problems) {
    Class<?>[] types = new Class<?>[COMPONENTS.length];
    Object[] values = new Object[COMPONENTS.length];
    for (int i = 0; i < COMPONENTS.length; i++) {
      types[i] = COMPONENTS[i].getType();
      String name = COMPONENTS[i].getName();
      values[i] = parse(name, types[i], text.get(name), problems);
    }
    try {
      return SignalForm.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("SignalForm's canonical constructor", e);
    }
  }

  private static Object parse(
      String field, Class<?> type, String value, Map<String, String> problems) {
    if (type == LocalDate.class) {
      return date(field, value, problems);
    }
    if (type == Integer.class) {
      return number(field, value, problems);
    }
    if (type == Boolean.class) {
      return value == null || value.isBlank() ? null : Boolean.valueOf(value.strip());
    }
    if (type == List.class) {
      return List.copyOf(list(value));
    }
    return value;
  }

  /** A list typed as text or ticked: the items between commas, semicolons or spaces. */
  private static Set<String> list(String value) {
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(value.split("[,;\\s]+"))
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  static LocalDate date(String field, String value, Map<String, String> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.put(field, CaseworkTexts.text("problem.date"));
      return null;
    }
  }

  static Integer number(String field, String value, Map<String, String> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      problems.put(field, CaseworkTexts.text("problem.number"));
      return null;
    }
  }

  static <E extends Enum<E> & Coded> E code(
      Class<E> type, String field, String value, Map<String, String> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Optional<E> found = Coded.find(type, value);
    if (found.isEmpty()) {
      problems.put(field, CaseworkTexts.text("problem.invalid"));
    }
    return found.orElse(null);
  }
}
