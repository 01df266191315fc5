package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.model.Text;

/**
 * One version of one item of the guide, with its fields as a snapshot. The workflow's rules that
 * concern a single version live here (what may follow what, four eyes); the service applies a
 * published version to the live row.
 */
@Entity
@Table(name = "revision", schema = "content")
@NamedQuery(
    name = "Revision.ofItem",
    query =
        "select r from Revision r where r.kind = :kind and r.slug = :slug order by r.number desc")
@NamedQuery(
    name = "Revision.inState",
    query =
        "select r from Revision r where r.kind = :kind and r.slug = :slug and r.state in :states")
@NamedQuery(
    name = "Revision.lastNumber",
    query = "select max(r.number) from Revision r where r.kind = :kind and r.slug = :slug")
@NamedQuery(
    name = "Revision.draftsOf",
    query =
        "select r from Revision r where r.state = nl.wegwijzer.content.model.RevisionState.DRAFT"
            + " and (r.author = :editor or r.lastEditor = :editor) order by r.updatedAt desc")
@NamedQuery(
    name = "Revision.waitingFor",
    query =
        "select r from Revision r"
            + " where r.state = nl.wegwijzer.content.model.RevisionState.IN_REVIEW"
            + " and r.author <> :editor and r.lastEditor <> :editor order by r.submittedAt")
@NamedQuery(
    name = "Revision.proposedBy",
    query =
        "select r from Revision r where r.proposedByCoordinator = true and r.author = :coordinator"
            + " order by r.createdAt desc")
@NamedQuery(
    name = "Revision.scheduled",
    query =
        "select r from Revision r"
            + " where (r.state = nl.wegwijzer.content.model.RevisionState.SCHEDULED)"
            + " or (r.state = nl.wegwijzer.content.model.RevisionState.PUBLISHED"
            + " and r.unpublishAt is not null)"
            + " order by coalesce(r.publishAt, r.unpublishAt)")
@NamedQuery(
    name = "Revision.dueForPublication",
    query =
        "select r from Revision r"
            + " where r.state = nl.wegwijzer.content.model.RevisionState.SCHEDULED"
            + " and r.publishAt <= :now order by r.publishAt")
@NamedQuery(
    name = "Revision.dueForUnpublication",
    query =
        "select r from Revision r"
            + " where r.state = nl.wegwijzer.content.model.RevisionState.PUBLISHED"
            + " and r.unpublishAt <= :now order by r.unpublishAt")
public class Revision {

  public static final int MAX_NOTE = 1000;

  /**
   * The field of a proposal that carries the coordinator's note for the editors: kept with the
   * version it explains (and in its history), never applied to the live item.
   */
  public static final String PROPOSAL_NOTE = "proposalNote";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EditorialKind kind;

  @Column(nullable = false, length = 120)
  private String slug;

  @Column(name = "item_id")
  private Long itemId;

  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private RevisionState state;

  @Convert(converter = JsonbFieldsConverter.class)
  @Column(nullable = false, columnDefinition = "jsonb")
  private Fields fields;

  @Column(nullable = false, length = 255)
  private String author;

  @Column(name = "last_editor", nullable = false, length = 255)
  private String lastEditor;

  @Column(length = 255)
  private String reviewer;

  @Column(name = "review_note", length = MAX_NOTE)
  private String reviewNote;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "reviewed_at")
  private OffsetDateTime reviewedAt;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "publish_at")
  private OffsetDateTime publishAt;

  @Column(name = "unpublish_at")
  private OffsetDateTime unpublishAt;

  /** Written by a coordinator, not an editor: the review queue says so. */
  @Column(name = "proposed_by_coordinator", nullable = false)
  private boolean proposedByCoordinator;

  @Version private long version;

  protected Revision() {}

  private Revision(
      EditorialKind kind,
      String slug,
      Long itemId,
      int number,
      RevisionState state,
      Fields fields,
      String author,
      Instant now) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.slug = Slugs.requireSlug(slug, "slug");
    this.itemId = itemId;
    if (number < 1) {
      throw new IllegalArgumentException("number starts at 1");
    }
    this.number = number;
    this.state = state;
    this.fields = Objects.requireNonNull(fields, "fields");
    this.author = Text.required(author, "author", 255);
    this.lastEditor = this.author;
    this.createdAt = at(now);
    this.updatedAt = this.createdAt;
  }

  /** A new draft, written by {@code author}. */
  public static Revision draft(
      EditorialKind kind, String slug, Long itemId, int number, Fields fields, String author) {
    return new Revision(
        kind, slug, itemId, number, RevisionState.DRAFT, fields, author, Instant.now());
  }

  /**
   * A coordinator's proposal for an organisation of their region: a version like an editor's draft,
   * marked as proposed. Editors review it; its writer can never approve it.
   */
  public static Revision proposal(
      EditorialKind kind, String slug, Long itemId, int number, Fields fields, String coordinator) {
    Revision proposal = draft(kind, slug, itemId, number, fields, coordinator);
    proposal.proposedByCoordinator = true;
    return proposal;
  }

  /**
   * The version that was live before the workflow existed (seed content), kept as the first
   * published version so that it can be compared and restored.
   */
  public static Revision baseline(EditorialKind kind, String slug, Long itemId, Fields fields) {
    Revision baseline =
        new Revision(kind, slug, itemId, 1, RevisionState.PUBLISHED, fields, SYSTEM, Instant.now());
    baseline.publishedAt = baseline.createdAt;
    return baseline;
  }

  /** Who the system is in the history: the versions that existed before the workflow. */
  public static final String SYSTEM = "wegwijzer";

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** Changes the fields of a version in the works; a version under review goes back to draft. */
  public void rewrite(Fields newFields, String editor) {
    requireOpen("rewrite");
    this.fields = Objects.requireNonNull(newFields, "fields");
    this.lastEditor = Text.required(editor, "editor", 255);
    this.updatedAt = at(Instant.now());
    if (state != RevisionState.DRAFT) {
      this.state = RevisionState.DRAFT;
      this.submittedAt = null;
    }
  }

  public void submit(Instant now) {
    requireState(RevisionState.DRAFT, "submit");
    state = RevisionState.IN_REVIEW;
    submittedAt = at(now);
    reviewNote = null;
    updatedAt = submittedAt;
  }

  /** Whether this editor wrote any of this version: they may not approve it. */
  public boolean isWrittenBy(String editor) {
    return author.equals(editor) || lastEditor.equals(editor);
  }

  /**
   * Approves a version under review: it is published now, or scheduled when its publication time
   * lies ahead. Four eyes: the reviewer must not have written it.
   *
   * @return whether it is to be published now
   */
  public boolean approve(String reviewer, Instant now) {
    requireState(RevisionState.IN_REVIEW, "approve");
    if (isWrittenBy(reviewer)) {
      throw new WorkflowException(
          WorkflowException.Reason.OWN_CHANGE, "no one approves their own change");
    }
    this.reviewer = reviewer;
    this.reviewedAt = at(now);
    this.updatedAt = reviewedAt;
    if (publishAt != null && publishAt.toInstant().isAfter(now)) {
      state = RevisionState.SCHEDULED;
      return false;
    }
    return true;
  }

  /** Sends a version under review back to its writer, with a note. */
  public void reject(String reviewer, String note, Instant now) {
    requireState(RevisionState.IN_REVIEW, "reject");
    this.reviewer = Text.required(reviewer, "reviewer", 255);
    this.reviewNote = Text.optional(note, "note", MAX_NOTE);
    this.reviewedAt = at(now);
    this.updatedAt = reviewedAt;
    this.state = RevisionState.DRAFT;
    this.submittedAt = null;
  }

  /** Marks the version live; the caller has applied its fields to the live row {@code itemId}. */
  public void markPublished(long liveItemId, Instant now) {
    if (state != RevisionState.IN_REVIEW && state != RevisionState.SCHEDULED) {
      throw new WorkflowException(
          WorkflowException.Reason.WRONG_STATE, "only an approved version is published");
    }
    this.itemId = liveItemId;
    this.state = RevisionState.PUBLISHED;
    this.publishedAt = at(now);
    this.publishAt = null;
    this.updatedAt = publishedAt;
  }

  /** The earlier published version, once a newer one is live. */
  public void supersede() {
    requireState(RevisionState.PUBLISHED, "supersede");
    state = RevisionState.SUPERSEDED;
  }

  /** Takes the version off the site (published) or throws it away (in the works). */
  public void archive(Instant now) {
    if (state != RevisionState.PUBLISHED && !state.isOpen()) {
      throw new WorkflowException(
          WorkflowException.Reason.WRONG_STATE, "cannot archive a " + state.code() + " version");
    }
    state = RevisionState.ARCHIVED;
    unpublishAt = null;
    publishAt = null;
    updatedAt = at(now);
  }

  /**
   * Sets when the version goes live and when it comes off the site (either may be null). A
   * published version can only get an end.
   */
  public void schedule(Instant from, Instant until) {
    if (until != null && from != null && !until.isAfter(from)) {
      throw new WorkflowException(
          WorkflowException.Reason.BAD_SCHEDULE, "the end lies before the start");
    }
    if (state == RevisionState.PUBLISHED) {
      if (from != null) {
        throw new WorkflowException(
            WorkflowException.Reason.WRONG_STATE, "a published version is live already");
      }
    } else if (state != RevisionState.DRAFT && state != RevisionState.IN_REVIEW) {
      throw new WorkflowException(
          WorkflowException.Reason.WRONG_STATE, "cannot schedule a " + state.code() + " version");
    }
    this.publishAt = at(from);
    this.unpublishAt = at(until);
    this.updatedAt = at(Instant.now());
  }

  private void requireOpen(String action) {
    if (!state.isOpen()) {
      throw new WorkflowException(
          WorkflowException.Reason.WRONG_STATE,
          "cannot " + action + " a " + state.code() + " version");
    }
  }

  private void requireState(RevisionState wanted, String action) {
    if (state != wanted) {
      throw new WorkflowException(
          WorkflowException.Reason.WRONG_STATE,
          "cannot " + action + " a " + state.code() + " version");
    }
  }

  public Long id() {
    return id;
  }

  public EditorialKind kind() {
    return kind;
  }

  public String slug() {
    return slug;
  }

  public Long itemId() {
    return itemId;
  }

  public int number() {
    return number;
  }

  public RevisionState state() {
    return state;
  }

  public Fields fields() {
    return fields;
  }

  public String author() {
    return author;
  }

  public String lastEditor() {
    return lastEditor;
  }

  public String reviewer() {
    return reviewer;
  }

  public String reviewNote() {
    return reviewNote;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public OffsetDateTime submittedAt() {
    return submittedAt;
  }

  public OffsetDateTime reviewedAt() {
    return reviewedAt;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public OffsetDateTime publishAt() {
    return publishAt;
  }

  public OffsetDateTime unpublishAt() {
    return unpublishAt;
  }

  public boolean isProposedByCoordinator() {
    return proposedByCoordinator;
  }

  public long version() {
    return version;
  }
}
