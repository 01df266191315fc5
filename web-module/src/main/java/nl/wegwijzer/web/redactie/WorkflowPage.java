package nl.wegwijzer.web.redactie;

import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** How the edit pages' form values travel, and the request they answer. */
final class WorkflowPage {

  private WorkflowPage() {}

  /** A many-choice field's chosen values (an array or a list, as Faces gives them) as stored. */
  static String joinChoices(Object chosen) {
    if (chosen instanceof Object[] array) {
      return String.join(", ", Arrays.stream(array).map(String::valueOf).toList());
    }
    if (chosen instanceof List<?> list) {
      return String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return "";
  }

  /** A stored many-choice value as the editable list Faces needs. */
  static List<String> splitChoices(String stored) {
    return stored == null
        ? new ArrayList<>()
        : new ArrayList<>(Arrays.asList(stored.split(",\\s*")));
  }

  static String param(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }
}
