package nl.wegwijzer.web.coordinatie;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the coordinator is in the signal form: one step at a time, or every step open after a
 * refused submit, and the step each field is on, so that a single problem opens its own step.
 */
public class SignalSteps implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The steps in order. */
  public static final List<String> NAMES =
      List.of("intake", "waar", "wat", "wie", "toestemming", "controle");

  private static final String CHECK = "controle";

  private static final Map<String, List<String>> FIELDS_OF_STEP =
      Map.of(
          "intake", List.of("intakeDate", "channel", "reporterType", "reporterContact"),
          "waar", List.of("municipality"),
          "wat", List.of("forms", "sector", "periodFrom", "periodUntil", "indicators", "account"),
          "wie",
              List.of(
                  "pseudonym",
                  "age",
                  "birthYear",
                  "gender",
                  "nationality",
                  "languages",
                  "interpreterNeeded",
                  "interpreterLanguage",
                  "residenceStatus"),
          "toestemming", List.of("consent", "consentSignedBy"));

  private String step = NAMES.get(0);
  private boolean showAll;

  /** Shows a step; false for a name that is no step. */
  boolean goTo(String target) {
    showAll = false;
    if (!NAMES.contains(target)) {
      return false;
    }
    step = target;
    return true;
  }

  /** Opens a resumed draft at the step it was saved on; a step no longer in the form is ignored. */
  void resume(String saved) {
    if (saved != null) {
      goTo(saved);
    }
  }

  /** The step {@code by} steps away, within the first and the last. */
  String stepAway(int by) {
    int at = NAMES.indexOf(step) + by;
    return NAMES.get(Math.max(0, Math.min(NAMES.size() - 1, at)));
  }

  /** Shows the step of a single problem, or every step for more. */
  void showProblems(Set<String> fields) {
    if (fields.size() == 1 && !showAll) {
      step = stepOf(fields.iterator().next(), step);
    } else {
      showAll = true;
    }
  }

  void showAll() {
    showAll = true;
  }

  /** The fields in the order of the form, those of no step after them. */
  static List<String> inFormOrder(Collection<String> fields) {
    List<String> ordered = new ArrayList<>();
    for (String name : NAMES) {
      for (String field : FIELDS_OF_STEP.getOrDefault(name, List.of())) {
        if (fields.contains(field)) {
          ordered.add(field);
        }
      }
    }
    fields.stream().filter(f -> !ordered.contains(f)).forEach(ordered::add);
    return ordered;
  }

  private static String stepOf(String field, String otherwise) {
    return FIELDS_OF_STEP.entrySet().stream()
        .filter(e -> e.getValue().contains(field))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(otherwise);
  }

  /** Whether a step's fields are on the page: the current step, or all after a failed submit. */
  public boolean showing(String name) {
    return showAll ? !CHECK.equals(name) : name.equals(step);
  }

  public String getStep() {
    return step;
  }

  public List<String> getNames() {
    return NAMES;
  }

  public int getNumber() {
    return NAMES.indexOf(step) + 1;
  }

  public boolean isFirst() {
    return NAMES.indexOf(step) == 0;
  }

  public boolean isShowAll() {
    return showAll;
  }

  boolean atCheck() {
    return CHECK.equals(step);
  }
}
