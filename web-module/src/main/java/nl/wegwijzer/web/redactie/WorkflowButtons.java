package nl.wegwijzer.web.redactie;

import nl.wegwijzer.content.service.RevisionView;

/**
 * The workflow's buttons an editor sees on an edit page ({@code
 * #{editBacking.buttons.mayApprove}}), from where the item's versions stand and who is looking.
 */
public record WorkflowButtons(
    boolean isNew, String liveState, RevisionView open, RevisionView published, String editor) {

  /** Whether the editor may approve: a version is in review and they did not write it. */
  public boolean isMayApprove() {
    return open != null
        && "in-review".equals(open.state())
        && !editor.equals(open.author())
        && !editor.equals(open.lastEditor());
  }

  public boolean isOwnReview() {
    return open != null && "in-review".equals(open.state()) && !isMayApprove();
  }

  public boolean isMaySubmit() {
    return !isNew && (open == null || "draft".equals(open.state()));
  }

  public boolean isMayArchive() {
    return !isNew && ("published".equals(liveState) || (liveState == null && open != null));
  }

  public String getPreviewPath() {
    RevisionView shown = open != null ? open : published;
    return shown == null ? null : "/redactie/voorbeeld/" + shown.id();
  }
}
