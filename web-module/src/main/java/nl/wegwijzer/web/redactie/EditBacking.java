package nl.wegwijzer.web.redactie;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.service.DocumentService;
import nl.wegwijzer.content.service.EditorialViews.EditorView;
import nl.wegwijzer.content.service.FieldProblem;
import nl.wegwijzer.content.service.FieldSpec;
import nl.wegwijzer.content.service.InvalidFieldsException;
import nl.wegwijzer.content.service.RevisionView;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * /redactie/{kind}/{slug} and /redactie/{kind}/nieuw: the edit page of one item with the workflow's
 * buttons for where its version stands and who is looking. The form is built from the kind's
 * fields, so the kind and slug are read when the bean is made (before the view is built).
 */
@Named
@ViewScoped
public class EditBacking extends WorkflowEditBacking {

  private static final long serialVersionUID = 1L;

  @Inject transient DocumentService documents;

  private PublicPaths kind;
  private List<FieldSpec> specs = List.of();
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, Object> multi = new HashMap<>();
  private final Map<String, Boolean> flags = new HashMap<>();
  private final RowsForm rows = new RowsForm();
  private nl.wegwijzer.content.service.UploadedFile uploaded;
  private String publishAt;
  private String unpublishAt;

  @PostConstruct
  void init() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Optional<PublicPaths> path = PublicPaths.ofEditorPath(parameters.get("kind"));
    if (path.isEmpty()) {
      missing = true;
      return;
    }
    kind = path.get();
    slug = parameters.get("slug");
    show(slug == null ? reading.newItem(kind.kind()) : reading.editor(kind.kind(), slug));
  }

  @Override
  protected EditorialKind editorialKind() {
    return kind.kind();
  }

  @Override
  protected String listPath() {
    return "/redactie/" + kind.editorPath();
  }

  @Override
  protected void showing(EditorView view) {
    specs = view.specs();
  }

  @Override
  protected void fill(Map<String, String> fields) {
    values.clear();
    multi.clear();
    flags.clear();
    rows.clear();
    uploaded = null;
    for (FieldSpec spec : specs) {
      String value = fields.get(spec.name());
      switch (spec.type()) {
        case CHOICES -> multi.put(spec.name(), WorkflowPage.splitChoices(value));
        case FLAG -> flags.put(spec.name(), "true".equals(value));
        case ROWS -> rows.fill(spec.name(), value);
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

  @Override
  protected Map<String, String> collect() {
    Map<String, String> fields = new LinkedHashMap<>();
    for (FieldSpec spec : specs) {
      switch (spec.type()) {
        case SLUG -> {}
        case CHOICES -> fields.put(spec.name(), WorkflowPage.joinChoices(multi.get(spec.name())));
        case FLAG ->
            fields.put(spec.name(), Boolean.toString(Boolean.TRUE.equals(flags.get(spec.name()))));
        case ROWS -> fields.put(spec.name(), rows.value(spec.name()));
        default -> fields.put(spec.name(), values.get(spec.name()));
      }
    }
    return fields;
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

  // ---- what the page asks

  public RowsForm getRows() {
    return rows;
  }

  public String getPublicPath() {
    return isNew || !isLive()
        ? null
        : reading.publicPath(kind.kind(), slug, published == null ? Map.of() : published.fields());
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

  public String getKindPath() {
    return kind == null ? null : kind.editorPath();
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
}
