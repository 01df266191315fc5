package nl.wegwijzer.content.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijzer.content.model.Revision;
import nl.wegwijzer.directory.support.HtmlText;

/**
 * The records in which {@link EditorialService} and {@link LinkCheck} answer the editors' screens.
 */
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

    /** The fields of two versions in the form's order, then any the form no longer has. */
    static DiffView of(Revision left, Revision right, List<FieldSpec> specs) {
      Set<String> names = new LinkedHashSet<>();
      specs.stream().map(FieldSpec::name).forEach(names::add);
      names.addAll(left.fields().asMap().keySet());
      names.addAll(right.fields().asMap().keySet());
      names.remove("slug");
      List<FieldDiff> fields = new ArrayList<>();
      for (String name : names) {
        boolean rich = specs.stream().anyMatch(s -> s.name().equals(name) && s.isRich());
        WordDiff.Sides sides =
            WordDiff.diff(
                readable(left.fields().get(name), rich), readable(right.fields().get(name), rich));
        fields.add(new FieldDiff(name, sides.changed(), sides.left(), sides.right()));
      }
      return new DiffView(RevisionView.of(left), RevisionView.of(right), fields);
    }

    /** Rich text as people read it, with each link's target after its text. */
    private static String readable(String value, boolean rich) {
      return rich ? HtmlText.withLinkTargets(value) : value;
    }
  }

  /**
   * An internal link in a published text that leads nowhere on the public site: {@code reason} is
   * archived (the item exists but is not published) or missing.
   */
  public record BrokenLink(String kind, String slug, String href, String reason) {}
}
