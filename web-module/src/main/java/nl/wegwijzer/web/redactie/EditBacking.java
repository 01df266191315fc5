package nl.wegwijzer.web.redactie;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.service.DocumentService;
import nl.wegwijzer.content.service.EditConflictException;
import nl.wegwijzer.content.service.EditorialService;
import nl.wegwijzer.content.service.EditorialViews.EditorView;
import nl.wegwijzer.content.service.FieldProblem;
import nl.wegwijzer.content.service.FieldSpec;
import nl.wegwijzer.content.service.IndicatorThemeKind;
import nl.wegwijzer.content.service.InvalidFieldsException;
import nl.wegwijzer.content.service.RevisionView;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.security.CurrentUser;
import nl.wegwijzer.web.shared.Pages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

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
  @Inject transient DocumentService documents;

  private KindPaths kind;
  private String slug;
  private boolean isNew;
  private List<FieldSpec> specs = List.of();
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, Object> multi = new HashMap<>();
  private final Map<String, Boolean> flags = new HashMap<>();
  private final Map<String, List<RowEdit>> rows = new HashMap<>();
  private nl.wegwijzer.content.service.UploadedFile uploaded;
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
    if ("1".equals(param("opgeslagen")) && notice == null) {
      notice = EditorialTexts.text("notice.created");
    }
  }

  private static String param(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
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
    rows.clear();
    uploaded = null;
    for (FieldSpec spec : specs) {
      String value = fields.get(spec.name());
      switch (spec.type()) {
        case CHOICES ->
            multi.put(
                spec.name(),
                value == null
                    ? new ArrayList<String>()
                    : new ArrayList<>(Arrays.asList(value.split(",\\s*"))));
        case FLAG -> flags.put(spec.name(), "true".equals(value));
        case ROWS ->
            rows.put(
                spec.name(),
                new ArrayList<>(
                    IndicatorThemeKind.rows(value).stream().map(RowEdit::new).toList()));
        case FILE -> {
          values.put(spec.name(), value);
          uploaded =
              value == null || !value.matches("[0-9]{1,18}")
                  ? null
                  : documents.uploaded(Long.parseLong(value)).orElse(null);
        }
        default -> values.put(spec.name(), value);
      }
    }
  }

  private Map<String, String> collect() {
    Map<String, String> fields = new LinkedHashMap<>();
    for (FieldSpec spec : specs) {
      switch (spec.type()) {
        case SLUG -> {}
        case CHOICES -> fields.put(spec.name(), join(multi.get(spec.name())));
        case FLAG ->
            fields.put(spec.name(), Boolean.toString(Boolean.TRUE.equals(flags.get(spec.name()))));
        case ROWS ->
            fields.put(
                spec.name(),
                IndicatorThemeKind.value(
                    rows.getOrDefault(spec.name(), List.of()).stream().map(RowEdit::row).toList()));
        default -> fields.put(spec.name(), values.get(spec.name()));
      }
    }
    return fields;
  }

  private static String join(Object chosen) {
    if (chosen instanceof Object[] array) {
      return String.join(", ", Arrays.stream(array).map(String::valueOf).toList());
    }
    if (chosen instanceof List<?> list) {
      return String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return "";
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
        redirect("/redactie/" + kind.path() + "/" + saved.get().slug() + "?opgeslagen=1");
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
      redirect("/redactie/" + kind.path() + "?gearchiveerd=" + slug);
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

  // ---- a document's file

  /**
   * Stores an uploaded PDF at once (checked by its bytes and size) and makes it this draft's file;
   * the draft itself is saved with the form.
   */
  public void upload(FileUploadEvent event) {
    reset();
    UploadedFile file = event.getFile();
    try {
      uploaded =
          documents.upload(file.getFileName(), file.getContentType(), file.getContent(), me());
      values.put("file", Long.toString(uploaded.id()));
      notice = EditorialTexts.text("upload.done", uploaded.fileName());
    } catch (InvalidFieldsException e) {
      problem = EditorialTexts.problems(e.problems());
      for (FieldProblem p : e.problems()) {
        fieldProblems.put(p.field(), EditorialTexts.problem(p));
      }
    }
  }

  public nl.wegwijzer.content.service.UploadedFile getUploaded() {
    return uploaded;
  }

  public boolean isHasFile() {
    return specs.stream().anyMatch(s -> s.type() == FieldSpec.Type.FILE);
  }

  // ---- repeatable rows

  public Map<String, List<RowEdit>> getRows() {
    return rows;
  }

  public void addRow(String field) {
    rows.computeIfAbsent(field, f -> new ArrayList<>()).add(new RowEdit());
  }

  public void removeRow(String field, int index) {
    List<RowEdit> list = rows.get(field);
    if (list != null && index >= 0 && index < list.size()) {
      list.remove(index);
    }
  }

  /** Moves a row one place up ({@code -1}) or down ({@code 1}). */
  public void moveRow(String field, int index, int by) {
    List<RowEdit> list = rows.get(field);
    int to = index + by;
    if (list != null && index >= 0 && index < list.size() && to >= 0 && to < list.size()) {
      java.util.Collections.swap(list, index, to);
    }
  }

  /** One row of a repeatable field as the form edits it. */
  public static class RowEdit implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String text;
    private List<String> forms = new ArrayList<>();

    public RowEdit() {}

    RowEdit(IndicatorThemeKind.Row row) {
      this.code = row.code();
      this.text = row.text();
      this.forms = new ArrayList<>(row.forms());
    }

    IndicatorThemeKind.Row row() {
      return new IndicatorThemeKind.Row(code, text, forms == null ? List.of() : List.copyOf(forms));
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public List<String> getForms() {
      return forms;
    }

    public void setForms(List<String> forms) {
      this.forms = forms == null ? new ArrayList<>() : new ArrayList<>(forms);
    }
  }

  private static void redirect(String path) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  // ---- what the page asks

  /** Whether the current editor may approve: a version is in review and they did not write it. */
  public boolean isMayApprove() {
    return open != null
        && "in-review".equals(open.state())
        && !me().equals(open.author())
        && !me().equals(open.lastEditor());
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
