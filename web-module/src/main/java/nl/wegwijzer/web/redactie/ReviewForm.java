package nl.wegwijzer.web.redactie;

import java.io.Serializable;

/**
 * An edit page's small forms after the draft: the note given with a rejection ({@code
 * #{editBacking.review.rejectNote}}) and whether archiving waits for its confirmation.
 */
public class ReviewForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String rejectNote;
  private boolean confirmingArchive;

  /** The note for the rejection being sent; the form is empty again after it. */
  String takeRejectNote() {
    String note = rejectNote;
    rejectNote = null;
    return note;
  }

  void confirmArchive(boolean asking) {
    confirmingArchive = asking;
  }

  public String getRejectNote() {
    return rejectNote;
  }

  public void setRejectNote(String rejectNote) {
    this.rejectNote = rejectNote;
  }

  public boolean isConfirmingArchive() {
    return confirmingArchive;
  }
}
