package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.Publishable;
import nl.wegwijzer.content.model.Revision;
import nl.wegwijzer.content.repository.RevisionRepository;
import nl.wegwijzer.content.service.EditorialViews.Dashboard;
import nl.wegwijzer.content.service.EditorialViews.DiffView;
import nl.wegwijzer.content.service.EditorialViews.EditorView;
import nl.wegwijzer.content.service.EditorialViews.ItemLine;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * What the editors' screens show of the workflow ({@link EditorialService}): an item's fields to
 * edit, the items of a kind, an item's versions, two versions side by side, a version as its public
 * page would show it, and each editor's dashboard.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EditorialReading {

  private static final int DASHBOARD_SIZE = 50;

  private final RevisionRepository revisions;
  private final EditableKinds kinds;

  protected EditorialReading() {
    this(null, null);
  }

  @Inject
  public EditorialReading(RevisionRepository revisions, EditableKinds kinds) {
    this.revisions = revisions;
    this.kinds = kinds;
  }

  /** The edit page of an item: the version in the works, or else the live item. */
  public EditorView editor(EditorialKind kind, String slug) {
    return editorOf(kinds.of(kind), slug);
  }

  private <T extends Publishable> EditorView editorOf(EditableKind<T> adapter, String slug) {
    Optional<T> live = adapter.live(slug);
    Optional<Revision> open = revisions.open(adapter.kind(), slug);
    Optional<Revision> published = revisions.published(adapter.kind(), slug);
    if (live.isEmpty() && open.isEmpty() && published.isEmpty()) {
      throw new NotFoundException(adapter.kind().code(), slug);
    }
    Fields fields =
        open.map(Revision::fields)
            .orElseGet(() -> live.map(adapter::snapshot).orElse(new Fields(Map.of())));
    return new EditorView(
        adapter.kind().code(),
        slug,
        false,
        live.map(l -> l.state().code()).orElse(null),
        fields.asMap(),
        open.map(RevisionView::of).orElse(null),
        published.map(RevisionView::of).orElse(null),
        adapter.fields());
  }

  /** The edit page of a new item of a kind. */
  public EditorView newItem(EditorialKind kind) {
    EditableKind<?> adapter = kinds.of(kind);
    return new EditorView(kind.code(), null, true, null, Map.of(), null, null, adapter.fields());
  }

  /** A page of the items of a kind, live or only in the works, by title. */
  public Page<ItemLine> items(EditorialKind kind, PageRequest page) {
    EditableKind<?> adapter = kinds.of(kind);
    return revisions
        .items(kind, adapter.table(), adapter.titleField(), page)
        .map(
            r ->
                new ItemLine(
                    r.slug(),
                    r.title(),
                    lower(r.liveState()),
                    lower(r.openState()),
                    r.openRevision()));
  }

  private static String lower(String state) {
    return state == null ? null : state.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Every version of an item, newest first. */
  public List<RevisionView> history(EditorialKind kind, String slug) {
    return revisions.ofItem(kind, slug).stream().map(RevisionView::of).toList();
  }

  public RevisionView revision(long id) {
    return RevisionView.of(revisions.get(id));
  }

  /** A version as its public page would show it. */
  public RevisionPreview preview(long revisionId) {
    Revision revision = revisions.get(revisionId);
    return kinds.of(revision.kind()).preview(revision.fields(), revision.slug());
  }

  /** Where an item is on the public site. */
  public String publicPath(EditorialKind kind, String slug, Map<String, String> fields) {
    return kinds.of(kind).publicPath(new Fields(fields), slug);
  }

  /** The drafts this editor wrote, what waits for their review, and what is scheduled. */
  public Dashboard dashboard(String editor) {
    return new Dashboard(
        revisions.draftsOf(editor, DASHBOARD_SIZE).stream().map(RevisionView::of).toList(),
        revisions.waitingFor(editor, DASHBOARD_SIZE).stream().map(RevisionView::of).toList(),
        revisions.scheduled(DASHBOARD_SIZE).stream().map(RevisionView::of).toList());
  }

  /** Two versions of one item side by side, field by field, in the form's order. */
  public DiffView diff(long leftId, long rightId) {
    Revision left = revisions.get(leftId);
    Revision right = revisions.get(rightId);
    if (left.kind() != right.kind() || !left.slug().equals(right.slug())) {
      throw new InvalidInputException("right", "compare two versions of the same item");
    }
    return DiffView.of(left, right, kinds.of(left.kind()).fields());
  }
}
