package nl.wegwijzer.web.redactie;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import nl.wegwijzer.content.service.RevisionView;

/**
 * Where an edit page of the workflow stands, as its view reads it: the item, its open and published
 * versions, the messages and the buttons. {@link WorkflowEditBacking} changes it.
 */
abstract class WorkflowEditState implements Serializable {

  private static final long serialVersionUID = 1L;

  protected String slug;
  protected boolean isNew;
  protected boolean missing;
  protected String notice;
  protected String problem;
  protected Map<String, String> fieldProblems = new HashMap<>();
  protected RevisionView open;
  protected RevisionView published;
  protected String newSlug;
  protected String liveState;
  protected Long revisionId;
  protected Long revisionVersion;
  protected final ReviewForm review = new ReviewForm();

  /** The editor who is signed in. */
  protected abstract String me();

  public WorkflowButtons getButtons() {
    return new WorkflowButtons(isNew, liveState, open, published, me());
  }

  public boolean isLive() {
    return "published".equals(liveState);
  }

  public Map<String, String> getFieldProblems() {
    return fieldProblems;
  }

  public String getSlug() {
    return slug;
  }

  public boolean isCreating() {
    return isNew;
  }

  public String getNewSlug() {
    return newSlug;
  }

  public void setNewSlug(String newSlug) {
    this.newSlug = newSlug;
  }

  public String getLiveState() {
    return liveState;
  }

  public RevisionView getOpen() {
    return open;
  }

  public String getNotice() {
    return notice;
  }

  public String getProblem() {
    return problem;
  }

  public ReviewForm getReview() {
    return review;
  }
}
