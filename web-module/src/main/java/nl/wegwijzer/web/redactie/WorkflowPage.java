package nl.wegwijzer.web.redactie;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.wegwijzer.content.service.RevisionView;

/**
 * What every edit page of the workflow (the guide's items, organisation profiles) decides the same
 * way: which buttons an editor sees for where a version stands, and how the form's values travel.
 */
final class WorkflowPage {

  private WorkflowPage() {}

  /** A version in review may be approved only by an editor who neither wrote nor last edited it. */
  static boolean mayApprove(RevisionView open, String me) {
    return open != null
        && "in-review".equals(open.state())
        && !me.equals(open.author())
        && !me.equals(open.lastEditor());
  }

  static boolean ownReview(RevisionView open, String me) {
    return open != null && "in-review".equals(open.state()) && !mayApprove(open, me);
  }

  static boolean maySubmit(boolean isNew, RevisionView open) {
    return !isNew && (open == null || "draft".equals(open.state()));
  }

  static boolean mayArchive(boolean isNew, String liveState, RevisionView open) {
    return !isNew && ("published".equals(liveState) || (liveState == null && open != null));
  }

  static String previewPath(RevisionView open, RevisionView published) {
    RevisionView shown = open != null ? open : published;
    return shown == null ? null : "/redactie/voorbeeld/" + shown.id();
  }

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

  static void redirect(String path) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }
}
