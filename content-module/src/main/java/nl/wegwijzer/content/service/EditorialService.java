package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.Publishable;
import nl.wegwijzer.content.model.Revision;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.repository.RevisionRepository;
import nl.wegwijzer.content.repository.SearchVocabularyRepository;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.PublishesContent;

/**
 * The editors' workflow: draft → in review → published → archived, with four eyes, scheduling,
 * versions and restore. The live rows stay the public copy; a version reaches them only when a
 * second editor approves it, in the same transaction. Every action is written to the audit trail.
 * Editors are named by their user name, which the screens take from the login. What the editors'
 * screens show (an item's fields, lists, history, diffs, previews) is {@link EditorialReading}.
 */
@ApplicationScoped
@Transactional
public class EditorialService {

  private final RevisionRepository revisions;
  private final EditableKinds kinds;
  private final AuditTrail audit;
  private final Publication publication;

  protected EditorialService() {
    this(null, null, null, null);
  }

  @Inject
  public EditorialService(
      RevisionRepository revisions,
      EditableKinds kinds,
      AuditTrail audit,
      SearchVocabularyRepository vocabulary) {
    this.revisions = revisions;
    this.kinds = kinds;
    this.audit = audit;
    this.publication = new Publication(revisions, audit, vocabulary);
  }

  /**
   * Saves the fields as the item's version in the works: a new draft when there is none, or the
   * draft the editor opened. Rich text is cleaned here. Refused (and the editor's text returned)
   * when someone else changed or started a version since the editor opened the page.
   *
   * @param revisionId the version the editor opened, null when they started from the live item
   * @param expectedVersion that version's lock version as the editor saw it
   */
  public RevisionView save(
      EditorialKind kind,
      String slug,
      Long revisionId,
      Long expectedVersion,
      Map<String, String> values,
      String editor) {
    return saveOf(kinds.of(kind), slug, revisionId, expectedVersion, values, editor);
  }

  private <T extends Publishable> RevisionView saveOf(
      EditableKind<T> adapter,
      String slug,
      Long revisionId,
      Long expectedVersion,
      Map<String, String> values,
      String editor) {
    Fields fields = adapter.clean(new Fields(values));
    List<FieldProblem> problems = adapter.check(fields, slug, false);
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems, values);
    }
    EditorialKind kind = adapter.kind();
    Revision revision;
    if (revisionId == null) {
      revision = start(adapter, slug, fields, editor, false);
    } else {
      revision = current(revisionId, expectedVersion);
      requireItem(revision, kind, slug);
      revision.rewrite(fields, editor);
      flushNow();
    }
    publication.record(editor, AuditAction.DRAFT_SAVED, revision);
    return RevisionView.of(revision);
  }

  /**
   * A new version of an item that has none in the works, starting from the live item (kept as
   * version 1 the first time); refused when someone else started one meanwhile.
   */
  private <T extends Publishable> Revision start(
      EditableKind<T> adapter, String slug, Fields fields, String writer, boolean proposal) {
    EditorialKind kind = adapter.kind();
    if (revisions.open(kind, slug).isPresent()) {
      throw new ConflictException(kind.code() + " " + slug);
    }
    Optional<T> live = adapter.live(slug);
    live.ifPresent(l -> publication.keepBaseline(adapter, slug, l));
    Long itemId = live.map(adapter::idOf).orElse(null);
    int number = revisions.nextNumber(kind, slug);
    try {
      return revisions.add(
          proposal
              ? Revision.proposal(kind, slug, itemId, number, fields, writer)
              : Revision.draft(kind, slug, itemId, number, fields, writer));
    } catch (PersistenceException startedMeanwhile) {
      // Another editor started a version of this item at the same moment (unique index).
      throw new ConflictException(startedMeanwhile);
    }
  }

  /** Starts a new item: its slug must be free. */
  public RevisionView create(
      EditorialKind kind, String slug, Map<String, String> values, String editor) {
    EditableKind<?> adapter = kinds.of(kind);
    if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 120) {
      throw new InvalidFieldsException(
          List.of(
              FieldProblem.of("slug", slug == null || slug.isBlank() ? "required" : "slug-format")),
          values);
    }
    if (adapter.live(slug).isPresent() || !revisions.ofItem(kind, slug).isEmpty()) {
      throw new InvalidFieldsException(List.of(FieldProblem.of("slug", "slug-taken")), values);
    }
    return save(kind, Slugs.requireSlug(slug, "slug"), null, null, values, editor);
  }

  /**
   * A coordinator's proposal: a complete version of a new item ({@code slug} free) or of a live
   * one, offered for review at once and marked as proposed. Its writer is not an editor and so
   * never approves it; who may propose for which item is {@link OrganisationProposals}'s rule.
   */
  RevisionView propose(
      EditorialKind kind,
      String slug,
      Map<String, String> values,
      String note,
      String coordinator) {
    EditableKind<?> adapter = kinds.of(kind);
    return proposeOf(adapter, slug, values, note, coordinator);
  }

  private <T extends Publishable> RevisionView proposeOf(
      EditableKind<T> adapter,
      String slug,
      Map<String, String> values,
      String note,
      String coordinator) {
    Fields fields = adapter.clean(new Fields(values));
    List<FieldProblem> problems = adapter.check(fields, slug, true);
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems, values);
    }
    String said = Text.optional(note, "note", Revision.MAX_NOTE);
    if (said != null) {
      fields = fields.with(Revision.PROPOSAL_NOTE, said);
    }
    Revision revision = start(adapter, slug, fields, coordinator, true);
    publication.record(coordinator, AuditAction.DRAFT_SAVED, revision);
    revision.submit(Instant.now());
    flushNow();
    publication.record(coordinator, AuditAction.SUBMITTED, revision);
    return RevisionView.of(revision);
  }

  /** Offers a draft for review; it must be complete now. */
  public RevisionView submit(long revisionId, long expectedVersion, String editor) {
    Revision revision = current(revisionId, expectedVersion);
    requireComplete(revision);
    revision.submit(Instant.now());
    flushNow();
    publication.record(editor, AuditAction.SUBMITTED, revision);
    return RevisionView.of(revision);
  }

  /**
   * Approves a version under review: published now (applied to the live row in this transaction),
   * or scheduled when its publication time lies ahead. No one approves their own change.
   */
  @PublishesContent
  public RevisionView approve(long revisionId, long expectedVersion, String reviewer, Instant now) {
    Revision revision = current(revisionId, expectedVersion);
    requireComplete(revision);
    boolean publishNow = revision.approve(reviewer, now);
    publication.record(reviewer, AuditAction.APPROVED, revision);
    if (publishNow) {
      publication.publish(kinds.of(revision.kind()), revision, reviewer, now);
    } else {
      publication.record(reviewer, AuditAction.SCHEDULED, revision);
    }
    flushNow();
    return RevisionView.of(revision);
  }

  /** Sends a version under review back as a draft, with a note for its writer. */
  public RevisionView reject(long revisionId, long expectedVersion, String reviewer, String note) {
    Revision revision = current(revisionId, expectedVersion);
    revision.reject(reviewer, note, Instant.now());
    flushNow();
    publication.record(reviewer, AuditAction.REJECTED, revision);
    return RevisionView.of(revision);
  }

  /**
   * Sets when a version goes live (a draft or one under review) and when it comes off the site
   * (also a published one). Times in the past are refused.
   */
  public RevisionView schedule(
      long revisionId,
      long expectedVersion,
      Instant publishAt,
      Instant unpublishAt,
      String editor,
      Instant now) {
    Revision revision = current(revisionId, expectedVersion);
    if ((publishAt != null && !publishAt.isAfter(now))
        || (unpublishAt != null && !unpublishAt.isAfter(now))) {
      throw new WorkflowException(WorkflowException.Reason.BAD_SCHEDULE, "a time in the past");
    }
    revision.schedule(publishAt, unpublishAt);
    flushNow();
    publication.record(editor, AuditAction.SCHEDULED, revision);
    return RevisionView.of(revision);
  }

  /**
   * Takes an item off the public site (the live row and its published version are archived), or
   * throws away the draft of an item that was never published. A version in the works of a live
   * item stays, so it can still be published later.
   */
  @PublishesContent
  public void archive(EditorialKind kind, String slug, String editor, Instant now) {
    publication.archive(kinds.of(kind), slug, editor, now, AuditAction.ARCHIVED);
  }

  /** Starts a new draft from an old version; refused while another version is in the works. */
  @PublishesContent
  public RevisionView restore(long revisionId, String editor) {
    Revision old = revisions.get(revisionId);
    Optional<Revision> open = revisions.open(old.kind(), old.slug());
    if (open.isPresent()) {
      throw new WorkflowException(
          WorkflowException.Reason.OPEN_VERSION_EXISTS,
          "version " + open.get().number() + " is in the works");
    }
    Revision draft =
        revisions.add(
            Revision.draft(
                old.kind(),
                old.slug(),
                old.itemId(),
                revisions.nextNumber(old.kind(), old.slug()),
                old.fields(),
                editor));
    audit.record(
        editor,
        AuditAction.RESTORED,
        old.kind().code() + " " + old.slug(),
        "v" + old.number() + " → v" + draft.number());
    return RevisionView.of(draft);
  }

  /**
   * Publishes the versions whose scheduled time has come and takes off the site those whose end has
   * come; called every minute by a timer. Locks the due versions, so two servers never do the same.
   *
   * @return how many versions changed
   */
  @PublishesContent
  public int publishDue(Instant now) {
    int done = 0;
    for (Revision revision : revisions.dueForPublication(now)) {
      publication.publish(kinds.of(revision.kind()), revision, revision.reviewer(), now);
      done++;
    }
    for (Revision revision : revisions.dueForUnpublication(now)) {
      publication.archive(
          kinds.of(revision.kind()),
          revision.slug(),
          revision.lastEditor(),
          now,
          AuditAction.UNPUBLISHED);
      done++;
    }
    return done;
  }

  // ---- inside

  private Revision current(long revisionId, Long expectedVersion) {
    Revision revision = revisions.get(revisionId);
    if (expectedVersion == null || revision.version() != expectedVersion) {
      throw new ConflictException("revision " + revisionId);
    }
    return revision;
  }

  /**
   * Writes now, so that another editor's change that landed between our read and our write shows as
   * a conflict here rather than as a failed commit.
   */
  private void flushNow() {
    try {
      revisions.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(e);
    }
  }

  private static void requireItem(Revision revision, EditorialKind kind, String slug) {
    if (revision.kind() != kind || !revision.slug().equals(slug)) {
      throw new NotFoundException("revision", revision.id().toString());
    }
  }

  private void requireComplete(Revision revision) {
    EditableKind<?> adapter = kinds.of(revision.kind());
    List<FieldProblem> problems = adapter.check(revision.fields(), revision.slug(), true);
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems, revision.fields().asMap());
    }
  }
}
