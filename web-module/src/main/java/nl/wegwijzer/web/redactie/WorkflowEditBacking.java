package nl.wegwijzer.web.redactie;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.service.EditorialReading;
import nl.wegwijzer.content.service.EditorialService;
import nl.wegwijzer.content.service.EditorialViews.EditorView;
import nl.wegwijzer.content.service.FieldProblem;
import nl.wegwijzer.content.service.InvalidFieldsException;
import nl.wegwijzer.content.service.RevisionView;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.web.security.CurrentUser;
import nl.wegwijzer.web.shared.Pages;
import nl.wegwijzer.web.shared.Refused;

/**
 * What every edit page of the workflow (the guide's items, organisation profiles) does the same
 * way: where the item's versions stand, the buttons an editor sees for that and what they do. A
 * page only says how its form turns into a version's fields and back.
 */
abstract class WorkflowEditBacking extends WorkflowEditState {

  private static final long serialVersionUID = 1L;

  @Inject transient EditorialService editorial;
  @Inject transient EditorialReading reading;
  @Inject transient CurrentUser currentUser;

  /** True while the form is being saved, so that {@link #refused} tells a save from a step. */
  private boolean storing;

  /** The kind of item the page edits. */
  protected abstract EditorialKind editorialKind();

  /** The list of the kind, e.g. {@code /redactie/organisaties}; an item is below it. */
  protected abstract String listPath();

  /** Puts a version's fields into the form. */
  protected abstract void fill(Map<String, String> fields);

  /** The form as a version's fields. */
  protected abstract Map<String, String> collect();

  /** Called with every view shown, before its fields are filled in. */
  protected void showing(EditorView view) {}

  /** Puts each problem at its field; answers them together, for the top of the page. */
  protected String showProblems(List<FieldProblem> problems) {
    for (FieldProblem p : problems) {
      fieldProblems.put(p.field(), EditorialTexts.problem(p));
    }
    return EditorialTexts.problems(problems);
  }

  /** Answers 404 for an unknown kind (an unknown item is answered by FailureHandler). */
  public void load() throws IOException {
    if (missing) {
      Pages.notFound();
    }
    if ("1".equals(WorkflowPage.param("opgeslagen")) && notice == null) {
      notice = EditorialTexts.text("notice.created");
    }
  }

  protected void show(EditorView view) {
    isNew = view.isNew();
    liveState = view.liveState();
    open = view.open();
    published = view.published();
    revisionId = open == null ? null : open.id();
    revisionVersion = open == null ? null : open.version();
    showing(view);
    fill(view.fields());
  }

  @Override
  protected String me() {
    return currentUser.getName();
  }

  protected void reset() {
    storing = false;
    notice = null;
    problem = null;
    fieldProblems = new HashMap<>();
  }

  private void reload() {
    show(reading.editor(editorialKind(), slug));
  }

  /** Saves the form as the draft; a new item gets its address here. */
  public void save() throws IOException {
    reset();
    RevisionView saved = store();
    if (isNew) {
      Pages.redirect(listPath() + "/" + saved.slug() + "?opgeslagen=1");
      return;
    }
    reload();
    notice = EditorialTexts.text("notice.saved", saved.number());
  }

  /**
   * Saves the form as the open version. A refusal goes to FailureHandler, which keeps the form as
   * typed; {@link #refused} adds what only this page knows.
   */
  private RevisionView store() {
    Map<String, String> fields = collect();
    storing = true;
    RevisionView saved =
        isNew
            ? editorial.create(editorialKind(), newSlug, fields, me())
            : editorial.save(editorialKind(), slug, revisionId, revisionVersion, fields, me());
    storing = false;
    return saved;
  }

  /**
   * After a refusal, which FailureHandler shows at the top of the page: each field's problem next
   * to it; after a conflict while saving, the other version with who saved it (the editor's text
   * stays in the form, and saving again is a deliberate choice to replace that version); after a
   * refused step, where the item stands now.
   */
  void refused(@Observes(notifyObserver = Reception.IF_EXISTS) Refused refused) {
    RuntimeException refusal = refused.refusal();
    if (refusal instanceof InvalidFieldsException fields) {
      refused.wordAs(showProblems(fields.problems()));
    } else if (refusal instanceof ConflictException && storing) {
      RevisionView other = reading.editor(editorialKind(), slug).open();
      refused.wordAs(
          EditorialTexts.text(
              "conflict",
              other == null ? "?" : other.lastEditor(),
              other == null ? "" : new EditorialTexts().when(other.updatedAt())));
      open = other;
      revisionId = other == null ? null : other.id();
      revisionVersion = other == null ? null : other.version();
    } else if (refusal instanceof ConflictException) {
      refused.wordAs(EditorialTexts.text("conflictAction"));
      reload();
    } else if (refusal instanceof WorkflowException && !storing) {
      reload();
    } else if (refusal instanceof InvalidInputException && !storing) {
      // A rule of the directory's own model (an organisation profile) that the fields passed.
      refused.wordAs(
          EditorialTexts.text("problem.invalid", EditorialTexts.field("org.profile"), 0));
    }
  }

  /** Saves the form and offers it for review. */
  public void submit() {
    reset();
    RevisionView saved = store();
    act(() -> editorial.submit(saved.id(), saved.version(), me()), "notice.submitted");
  }

  public void approve() {
    reset();
    act(() -> editorial.approve(revisionId, revisionVersion, me(), Instant.now()), null);
    ApprovedNotice said = approvedNotice(published != null && open == null ? published : open);
    notice = EditorialTexts.text(said.key(), said.date());
  }

  /**
   * What an approval did: published now, or scheduled for its publication date, or published but in
   * force only from a later date (a coordination point's {@code validFrom}); "published" for a
   * version that changes nothing today would send an editor away believing it is live.
   */
  static ApprovedNotice approvedNotice(RevisionView after) {
    if (after != null && "scheduled".equals(after.state())) {
      return new ApprovedNotice(
          "notice.scheduledApproved", new EditorialTexts().when(after.publishAt()));
    }
    String validFrom = after == null ? null : after.fields().get("validFrom");
    if (validFrom != null
        && LocalDate.parse(validFrom).isAfter(LocalDate.now(EditorialTexts.ZONE))) {
      return new ApprovedNotice(
          "notice.approvedFrom", LocalDate.parse(validFrom).format(EditorialTexts.DAY));
    }
    return new ApprovedNotice("notice.published", "");
  }

  /** The key of an approval's message and the date it names. */
  record ApprovedNotice(String key, String date) {}

  public void reject() {
    reset();
    String note = review.takeRejectNote();
    act(() -> editorial.reject(revisionId, revisionVersion, me(), note), "notice.rejected");
  }

  public void askArchive() {
    reset();
    review.confirmArchive(true);
  }

  public void cancelArchive() {
    review.confirmArchive(false);
  }

  public void archive() throws IOException {
    reset();
    review.confirmArchive(false);
    editorial.archive(editorialKind(), slug, me(), Instant.now());
    Pages.redirect(listPath() + "?gearchiveerd=" + slug);
  }

  /** Runs a step of the workflow and shows where the item stands after it. */
  protected void act(Supplier<RevisionView> action, String doneKey) {
    storing = false;
    action.get();
    reload();
    if (doneKey != null) {
      notice = EditorialTexts.text(doneKey);
    }
  }
}
