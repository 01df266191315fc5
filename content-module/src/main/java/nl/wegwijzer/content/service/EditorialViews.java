package nl.wegwijzer.content.service;

import java.util.List;
import java.util.Map;

/** The records in which {@link EditorialService} answers the editors' screens. */
public final class EditorialViews {

  private EditorialViews() {}

  /**
   * What the edit page shows: the fields to edit (of the version in the works, or else of the live
   * item, or empty for a new item), the version in the works and the published one (either may be
   * null).
   *
   * @param liveState the live row's state code, or null when the item was never published
   */
  public record EditorView(
      String kind,
      String slug,
      boolean isNew,
      String liveState,
      Map<String, String> fields,
      RevisionView open,
      RevisionView published,
      List<FieldSpec> specs) {

    public EditorView {
      fields = Map.copyOf(fields);
      specs = List.copyOf(specs);
    }
  }

  /** One line of a kind's list of items. */
  public record ItemLine(
      String slug, String title, String liveState, String openState, Long openRevision) {}

  /** The editor's dashboard, apart from the directory's stale profiles. */
  public record Dashboard(
      List<RevisionView> myDrafts, List<RevisionView> waitingForMe, List<RevisionView> scheduled) {
    public Dashboard {
      myDrafts = List.copyOf(myDrafts);
      waitingForMe = List.copyOf(waitingForMe);
      scheduled = List.copyOf(scheduled);
    }
  }

  /** One field of a side-by-side diff; rich text is compared as its text with link targets. */
  public record FieldDiff(
      String field, boolean changed, List<WordDiff.Segment> left, List<WordDiff.Segment> right) {}

  /** Two versions of one item side by side, field by field. */
  public record DiffView(RevisionView left, RevisionView right, List<FieldDiff> fields) {
    public DiffView {
      fields = List.copyOf(fields);
    }
  }

  /**
   * An internal link in a published text that leads nowhere on the public site: {@code reason} is
   * archived (the item exists but is not published) or missing.
   */
  public record BrokenLink(String kind, String slug, String href, String reason) {}
}
