package nl.wegwijzer.content.service;

import java.time.Instant;
import java.util.Optional;
import nl.wegwijzer.content.model.Publishable;
import nl.wegwijzer.content.model.Revision;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.repository.RevisionRepository;
import nl.wegwijzer.content.repository.SearchVocabularyRepository;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.service.AuditTrail;

/**
 * The part of the workflow that touches the live rows: putting a version on the public site, taking
 * an item off it, and keeping the live item as version 1 the first time the workflow touches it.
 * Runs inside the transaction of {@link EditorialService}.
 */
final class Publication {

  private final RevisionRepository revisions;
  private final AuditTrail audit;
  private final SearchVocabularyRepository vocabulary;

  Publication(
      RevisionRepository revisions, AuditTrail audit, SearchVocabularyRepository vocabulary) {
    this.revisions = revisions;
    this.audit = audit;
    this.vocabulary = vocabulary;
  }

  /** Applies an approved version to the live row (creating it the first time) and publishes it. */
  <T extends Publishable> void publish(
      EditableKind<T> adapter, Revision revision, String actor, Instant now) {
    Optional<T> live = adapter.live(revision.slug());
    live.ifPresent(l -> keepBaseline(adapter, revision.slug(), l));
    revisions
        .published(adapter.kind(), revision.slug())
        .filter(r -> !r.id().equals(revision.id()))
        .ifPresent(Revision::supersede);
    revisions.flush();
    T applied = adapter.apply(revision.fields(), revision.slug(), live);
    applied.publish();
    revisions.flush();
    revision.markPublished(adapter.idOf(applied), now);
    revisions.flush();
    // the words the site can find changed with it: "Bedoelde u …?" suggests from them
    vocabulary.refresh();
    record(actor, AuditAction.PUBLISHED, revision);
  }

  /**
   * Takes an item off the public site (the live row and its published version are archived), or
   * throws away the draft of an item that was never published.
   */
  <T extends Publishable> void archive(
      EditableKind<T> adapter, String slug, String editor, Instant now, AuditAction action) {
    Optional<T> live = adapter.live(slug);
    Revision subject;
    if (live.isPresent() && live.get().isPublished()) {
      keepBaseline(adapter, slug, live.get());
      live.get().archive();
      Optional<Revision> published = revisions.published(adapter.kind(), slug);
      published.ifPresent(r -> r.archive(now));
      subject = published.orElse(null);
    } else {
      Optional<Revision> open = revisions.open(adapter.kind(), slug);
      if (open.isEmpty() || live.isPresent()) {
        throw new WorkflowException(WorkflowException.Reason.WRONG_STATE, "nothing to archive");
      }
      open.get().archive(now);
      subject = open.get();
    }
    revisions.flush();
    vocabulary.refresh();
    audit.record(
        editor,
        action,
        adapter.kind().code() + " " + slug,
        subject == null ? null : "v" + subject.number());
  }

  /**
   * Keeps the live item as it was before the workflow as version 1, the first time the workflow
   * touches it, so that it can be compared with and restored.
   */
  <T extends Publishable> void keepBaseline(EditableKind<T> adapter, String slug, T live) {
    if (revisions.nextNumber(adapter.kind(), slug) == 1) {
      Revision baseline =
          Revision.baseline(adapter.kind(), slug, adapter.idOf(live), adapter.snapshot(live));
      if (!live.isPublished()) {
        baseline.archive(Instant.now());
      }
      revisions.add(baseline);
    }
  }

  void record(String actor, AuditAction action, Revision revision) {
    audit.record(
        actor,
        action,
        revision.kind().code() + " " + revision.slug(),
        "v"
            + revision.number()
            + (revision.reviewNote() == null || action != AuditAction.REJECTED
                ? ""
                : ": " + revision.reviewNote()));
  }
}
