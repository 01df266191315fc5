package nl.wegwijzer.web.redactie;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
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
import nl.wegwijzer.content.service.EditorialViews.EditorView;
import nl.wegwijzer.content.service.FieldSpec;
import nl.wegwijzer.content.service.RevisionView;
import nl.wegwijzer.directory.support.NotFoundException;

/**
 * /redactie/{kind}/{slug} and /redactie/{kind}/nieuw: the edit page of one item with the workflow's
 * buttons for where its version stands and who is looking. The form is built from the kind's
 * fields, so the kind and slug are read when the bean is made (before the view is built).
 */
@Named("editItem")
@ViewScoped
public class EditBacking extends WorkflowEditBacking {

  private static final long serialVersionUID = 1L;

  private KindPaths kind;
  private List<FieldSpec> specs = List.of();
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, Object> multi = new HashMap<>();
  private final Map<String, Boolean> flags = new HashMap<>();
  private String publishAt;
  private String unpublishAt;

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

  @Override
  protected EditorialKind editorialKind() {
    return kind.kind();
  }

  @Override
  protected String listPath() {
    return "/redactie/" + kind.path();
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
    for (FieldSpec spec : specs) {
      String value = fields.get(spec.name());
      switch (spec.type()) {
        case CHOICES -> multi.put(spec.name(), WorkflowPage.splitChoices(value));
        case FLAG -> flags.put(spec.name(), "true".equals(value));
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

  // ---- what the page asks

  public String getPublicPath() {
    return isNew || !isLive()
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

  public String getKindPath() {
    return kind == null ? null : kind.path();
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
