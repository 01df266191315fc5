package nl.wegwijzer.content.service;

import java.time.OffsetDateTime;
import java.util.Map;
import nl.wegwijzer.content.model.Revision;

/** One version of an item, with its fields and who did what when. */
public record RevisionView(
    long id,
    String kind,
    String slug,
    int number,
    String state,
    Map<String, String> fields,
    String author,
    String lastEditor,
    String reviewer,
    String reviewNote,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime submittedAt,
    OffsetDateTime reviewedAt,
    OffsetDateTime publishedAt,
    OffsetDateTime publishAt,
    OffsetDateTime unpublishAt,
    boolean proposedByCoordinator,
    long version) {

  public RevisionView {
    fields = Map.copyOf(fields);
  }

  static RevisionView of(Revision r) {
    return new RevisionView(
        r.id(),
        r.kind().code(),
        r.slug(),
        r.number(),
        r.state().code(),
        r.fields().asMap(),
        r.author(),
        r.lastEditor(),
        r.reviewer(),
        r.reviewNote(),
        r.createdAt(),
        r.updatedAt(),
        r.submittedAt(),
        r.reviewedAt(),
        r.publishedAt(),
        r.publishAt(),
        r.unpublishAt(),
        r.isProposedByCoordinator(),
        r.version());
  }

  /** The title to show in lists: the title, a FAQ's question, or the slug. */
  public String title() {
    String title = fields.get("title");
    if (title == null) {
      title = fields.get("question");
    }
    return title == null ? slug : title;
  }
}
