package nl.wegwijzer.web.redactie;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.service.EditConflictException;
import nl.wegwijzer.content.service.EditorialService;
import nl.wegwijzer.content.service.EditorialViews.EditorView;
import nl.wegwijzer.content.service.FieldProblem;
import nl.wegwijzer.content.service.FieldSpec;
import nl.wegwijzer.content.service.InvalidFieldsException;
import nl.wegwijzer.content.service.RevisionView;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.security.CurrentUser;
import nl.wegwijzer.web.shared.Pages;

/**
 * /redactie/{kind}/{slug} and /redactie/{kind}/nieuw: the edit page of one item with the workflow's
 * buttons for where its version stands and who is looking. The form is built from the kind's
 * fields, so the kind and slug are read when the bean is made (before the view is built).
 */
@Named("editItem")
@ViewScoped
public class EditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient EditorialService editorial;
  @Inject transient CurrentUser currentUser;

  private KindPaths kind;
  private String slug;
  private boolean isNew;
  private List<FieldSpec> specs = List.of();
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, Object> multi = new HashMap<>();
  private final Map<String, Boolean> flags = new HashMap<>();
  private String newSlug;
  private String liveState;
  private RevisionView open;
  private RevisionView published;
  private Long revisionId;
  private Long revisionVersion;
  private Map<String, String> fieldProblems = new HashMap<>();
  private String notice;
  private String problem;
  private boolean conflict;
  private boolean confirmingArchive;
  private String publishAt;
  private String unpublishAt;
  private String rejectNote;
  private boolean missing;

  @PostConstruct
  void init() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Optional<KindPaths> path = KindPaths.ofPath(parameters.get("kind"));
    if (path.isEmpty()) {
      missing = true;
      return;
    }
    kind = path.get();
    slug = parameters.get("slug");
    try {
      show(slug == null ? editorial.newItem(kind.kind()) : editorial.editor(kind.kind(), slug));
    } catch (NotFoundException e) {
      missing = true;
    }
  }

  /** Answers 404 for an unknown kind or item. */
  public void load() throws IOException {
    if (missing) {
      Pages.notFound();
    }
    if ("1".equals(WorkflowPage.param("opgeslagen")) && notice == null) {
      notice = EditorialTexts.text("notice.created");
    }
  }

  private void show(EditorView view) {
    isNew = view.isNew();
    specs = view.specs();
    liveState = view.liveState();
    open = view.open();
    published = view.published();
    RevisionView current = open != null ? open : null;
    revisionId = current == null ? null : current.id();
    revisionVersion = current == null ? null : current.version();
    fill(view.fields());
  }

  private void fill(Map<String, String> fields) {
    values.clear();
    multi.clear();
    flags.clear();
    for (FieldSpec spec : specs) {
      String value = fields.get(spec.name());
      switch (spec.type()) {
        case CHOICES -> multi.put(spec.name(), WorkflowPage.splitChoices(value));
        case FLAG -> flags.put(spec.name(), "true".equals(value));
        default -> values.put(spec.name(), value);
      }
    }
  }

  private Map<String, String> collect() {
    Map<String, String> fields = new LinkedHashMap<>();
    for (FieldSpec spec : specs) {
      switch (spec.type()) {
        case SLUG -> {}
        case CHOICES -> fields.put(spec.name(), WorkflowPage.joinChoices(multi.get(spec.name())));
        case FLAG ->
            fields.put(spec.name(), Boolean.toString(Boolean.TRUE.equals(flags.get(spec.name()))));
        default -> fields.put(spec.name(), values.get(spec.name()));
      }
    }
    return fields;
  }

  private String me() {
    return currentUser.getName();
  }

  private void reset() {
    notice = null;
    problem = null;
    conflict = false;
    fieldProblems = new HashMap<>();
  }

  private void reload() {
    show(editorial.editor(kind.kind(), slug));
  }

  /** Saves the form as the draft; a new item gets its address here. */
  public void save() throws IOException {
    reset();
    Optional<RevisionView> saved = store();
    if (saved.isPresent()) {
      if (isNew) {
        WorkflowPage.redirect(
            "/redactie/" + kind.path() + "/" + saved.get().slug() + "?opgeslagen=1");
        return;
      }
      reload();
      notice = EditorialTexts.text("notice.saved", saved.get().number());
    }
  }

  private Optional<RevisionView> store() {
    Map<String, String> fields = collect();
    try {
      return Optional.of(
          isNew
              ? editorial.create(kind.kind(), newSlug, fields, me())
              : editorial.save(kind.kind(), slug, revisionId, revisionVersion, fields, me()));
    } catch (InvalidFieldsException e) {
      problem = EditorialTexts.problems(e.problems());
      for (FieldProblem p : e.problems()) {
        fieldProblems.put(p.field(), EditorialTexts.problem(p));
      }
    } catch (EditConflictException e) {
      // The editor's text stays in the form; the page now knows the other version, so saving again
      // is a deliberate choice to replace it.
      conflict = true;
      EditorView now = editorial.editor(kind.kind(), slug);
      RevisionView other = now.open();
      problem =
          EditorialTexts.text(
              "conflict",
              other == null ? "?" : other.lastEditor(),
              other == null ? "" : new EditorialTexts().when(other.updatedAt()));
      open = other;
      revisionId = other == null ? null : other.id();
      revisionVersion = other == null ? null : other.version();
      fill(e.yours());
    } catch (WorkflowException e) {
      problem = EditorialTexts.workflow(e);
    }
    return Optional.empty();
  }

  /** Saves the form and offers it for review. */
  public void submit() {
    reset();
    Optional<RevisionView> saved = store();
    if (saved.isEmpty()) {
      return;
    }
    act(() -> editorial.submit(saved.get().id(), saved.get().version(), me()), "notice.submitted");
  }

  public void approve() {
    reset();
    act(() -> editorial.approve(revisionId, revisionVersion, me(), Instant.now()), null);
    if (problem == null) {
      RevisionView after = published != null && open == null ? published : open;
      notice =
          EditorialTexts.text(
              after != null && "scheduled".equals(after.state())
                  ? "notice.scheduledApproved"
                  : "notice.published");
    }
  }

  public void reject() {
    reset();
    act(() -> editorial.reject(revisionId, revisionVersion, me(), rejectNote), "notice.rejected");
    rejectNote = null;
  }

  public void schedule() {
    reset();
    try {
      Instant from = instant(publishAt);
      Instant until = instant(unpublishAt);
      RevisionView target = open != null ? open : published;
      if (target == null) {
        problem = EditorialTexts.text("workflow.WRONG_STATE");
        return;
      }
      act(
          () -> editorial.schedule(target.id(), target.version(), from, until, me(), Instant.now()),
          "notice.scheduled");
    } catch (DateTimeParseException e) {
      problem = EditorialTexts.text("problem.not-a-date", EditorialTexts.text("schedule.title"), 0);
    }
  }

  private static Instant instant(String value) {
    return value == null || value.isBlank()
        ? null
        : LocalDateTime.parse(value.strip()).atZone(EditorialTexts.ZONE).toInstant();
  }

  public void askArchive() {
    reset();
    confirmingArchive = true;
  }

  public void cancelArchive() {
    confirmingArchive = false;
  }

  public void archive() throws IOException {
    reset();
    confirmingArchive = false;
    try {
      editorial.archive(kind.kind(), slug, me(), Instant.now());
      WorkflowPage.redirect("/redactie/" + kind.path() + "?gearchiveerd=" + slug);
    } catch (WorkflowException e) {
      problem = EditorialTexts.workflow(e);
    }
  }

  private void act(java.util.function.Supplier<RevisionView> action, String doneKey) {
    try {
      action.get();
      reload();
      if (doneKey != null) {
        notice = EditorialTexts.text(doneKey);
      }
    } catch (WorkflowException e) {
      problem = EditorialTexts.workflow(e);
      reload();
    } catch (InvalidFieldsException e) {
      problem = EditorialTexts.problems(e.problems());
    } catch (EditConflictException e) {
      conflict = true;
      problem = EditorialTexts.text("conflictAction");
      reload();
    }
  }

  // ---- what the page asks

  /** Whether the current editor may approve: a version is in review and they did not write it. */
  public boolean isMayApprove() {
    return WorkflowPage.mayApprove(open, me());
  }

  public boolean isOwnReview() {
    return WorkflowPage.ownReview(open, me());
  }

  public boolean isMaySubmit() {
    return WorkflowPage.maySubmit(isNew, open);
  }

  public boolean isMayArchive() {
    return WorkflowPage.mayArchive(isNew, liveState, open);
  }

  public String getPreviewPath() {
    return WorkflowPage.previewPath(open, published);
  }

  public String getPublicPath() {
    return isNew || !"published".equals(liveState)
        ? null
        : editorial.publicPath(
            kind.kind(), slug, published == null ? Map.of() : published.fields());
  }

  public String label(FieldSpec spec) {
    return EditorialTexts.field(spec.name());
  }

  public List<FieldSpec> getSpecs() {
    return specs;
  }

  public Map<String, String> getValues() {
    return values;
  }

  public Map<String, Object> getMulti() {
    return multi;
  }

  public Map<String, Boolean> getFlags() {
    return flags;
  }

  public Map<String, String> getFieldProblems() {
    return fieldProblems;
  }

  public String getKindPath() {
    return kind == null ? null : kind.path();
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

  public RevisionView getPublished() {
    return published;
  }

  public Long getRevisionVersion() {
    return revisionVersion;
  }

  public String getNotice() {
    return notice;
  }

  public String getProblem() {
    return problem;
  }

  public boolean isConflict() {
    return conflict;
  }

  public boolean isConfirmingArchive() {
    return confirmingArchive;
  }

  public String getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(String publishAt) {
    this.publishAt = publishAt;
  }

  public String getUnpublishAt() {
    return unpublishAt;
  }

  public void setUnpublishAt(String unpublishAt) {
    this.unpublishAt = unpublishAt;
  }

  public String getRejectNote() {
    return rejectNote;
  }

  public void setRejectNote(String rejectNote) {
    this.rejectNote = rejectNote;
  }
}
