package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.Publishable;
import nl.wegwijzer.content.model.Revision;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.repository.ExploitationFormPageRepository;
import nl.wegwijzer.content.repository.RevisionRepository;
import nl.wegwijzer.content.service.EditorialViews.BrokenLink;
import nl.wegwijzer.content.service.EditorialViews.Dashboard;
import nl.wegwijzer.content.service.EditorialViews.DiffView;
import nl.wegwijzer.content.service.EditorialViews.EditorView;
import nl.wegwijzer.content.service.EditorialViews.FieldDiff;
import nl.wegwijzer.content.service.EditorialViews.ItemLine;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.support.HtmlText;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.support.PublishesContent;

/**
 * The editors' workflow: draft → in review → published → archived, with four eyes, scheduling,
 * versions, diffs and restore. The live rows stay the public copy; a version reaches them only when
 * a second editor approves it, in the same transaction. Every action is written to the audit trail.
 * Editors are named by their user name, which the screens take from the login.
 */
@ApplicationScoped
@Transactional
public class EditorialService {

  private static final int DASHBOARD_SIZE = 50;
  private static final Pattern INTERNAL_LINK = Pattern.compile("href=\"(/[^\"]*)\"");

  private final RevisionRepository revisions;
  private final EditableKinds kinds;
  private final AuditTrail audit;
  private final ExploitationFormPageRepository formPages;
  private final OrganisationDirectory directory;

  protected EditorialService() {
    this(null, null, null, null, null);
  }

  @Inject
  public EditorialService(
      RevisionRepository revisions,
      EditableKinds kinds,
      AuditTrail audit,
      ExploitationFormPageRepository formPages,
      OrganisationDirectory directory) {
    this.revisions = revisions;
    this.kinds = kinds;
    this.audit = audit;
    this.formPages = formPages;
    this.directory = directory;
  }

  // ---- reading

  /** The edit page of an item: the version in the works, or else the live item. */
  @Transactional(Transactional.TxType.SUPPORTS)
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
  @Transactional(Transactional.TxType.SUPPORTS)
  public EditorView newItem(EditorialKind kind) {
    EditableKind<?> adapter = kinds.of(kind);
    return new EditorView(kind.code(), null, true, null, Map.of(), null, null, adapter.fields());
  }

  /** A page of the items of a kind, live or only in the works, by title. */
  @Transactional(Transactional.TxType.SUPPORTS)
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
    return state == null ? null : state.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Every version of an item, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RevisionView> history(EditorialKind kind, String slug) {
    return revisions.ofItem(kind, slug).stream().map(RevisionView::of).toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public RevisionView revision(long id) {
    return RevisionView.of(revisions.get(id));
  }

  /** A version as its public page would show it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RevisionPreview preview(long revisionId) {
    Revision revision = revisions.get(revisionId);
    return kinds.of(revision.kind()).preview(revision.fields(), revision.slug());
  }

  /** Where an item is on the public site. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String publicPath(EditorialKind kind, String slug, Map<String, String> fields) {
    return kinds.of(kind).publicPath(new Fields(fields), slug);
  }

  /** The drafts this editor wrote, what waits for their review, and what is scheduled. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Dashboard dashboard(String editor) {
    return new Dashboard(
        revisions.draftsOf(editor, DASHBOARD_SIZE).stream().map(RevisionView::of).toList(),
        revisions.waitingFor(editor, DASHBOARD_SIZE).stream().map(RevisionView::of).toList(),
        revisions.scheduled(DASHBOARD_SIZE).stream().map(RevisionView::of).toList());
  }

  /** Two versions of one item side by side, field by field, in the form's order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public DiffView diff(long leftId, long rightId) {
    Revision left = revisions.get(leftId);
    Revision right = revisions.get(rightId);
    if (left.kind() != right.kind() || !left.slug().equals(right.slug())) {
      throw new InvalidInputException("right", "compare two versions of the same item");
    }
    Set<String> names = new LinkedHashSet<>();
    List<FieldSpec> specs = kinds.of(left.kind()).fields();
    specs.stream().map(FieldSpec::name).forEach(names::add);
    names.addAll(left.fields().asMap().keySet());
    names.addAll(right.fields().asMap().keySet());
    names.remove("slug");
    List<FieldDiff> fields = new ArrayList<>();
    for (String name : names) {
      boolean rich =
          specs.stream().anyMatch(s -> s.name().equals(name) && s.type() == FieldSpec.Type.RICH);
      WordDiff.Sides sides =
          WordDiff.diff(
              readable(left.fields().get(name), rich), readable(right.fields().get(name), rich));
      fields.add(new FieldDiff(name, sides.changed(), sides.left(), sides.right()));
    }
    return new DiffView(RevisionView.of(left), RevisionView.of(right), fields);
  }

  /** Rich text as people read it, with each link's target after its text. */
  static String readable(String value, boolean rich) {
    if (!rich) {
      return value;
    }
    return HtmlText.withLinkTargets(value);
  }

  // ---- writing

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
      Optional<Revision> open = revisions.open(kind, slug);
      if (open.isPresent()) {
        throw new EditConflictException(values, RevisionView.of(open.get()));
      }
      Optional<T> live = adapter.live(slug);
      if (live.isPresent()) {
        keepBaseline(adapter, slug, live.get());
      }
      try {
        revision =
            revisions.add(
                Revision.draft(
                    kind,
                    slug,
                    live.map(adapter::idOf).orElse(null),
                    revisions.nextNumber(kind, slug),
                    fields,
                    editor));
      } catch (PersistenceException startedMeanwhile) {
        // Another editor started a version of this item at the same moment (unique index).
        throw new EditConflictException(values, null);
      }
    } else {
      revision = current(revisionId, expectedVersion, values);
      requireItem(revision, kind, slug);
      revision.rewrite(fields, editor);
      flush(values, revision);
    }
    record(editor, AuditAction.DRAFT_SAVED, revision);
    return RevisionView.of(revision);
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

  /** Offers a draft for review; it must be complete now. */
  public RevisionView submit(long revisionId, long expectedVersion, String editor) {
    Revision revision = current(revisionId, expectedVersion, Map.of());
    requireComplete(revision);
    revision.submit(Instant.now());
    flush(revision.fields().asMap(), revision);
    record(editor, AuditAction.SUBMITTED, revision);
    return RevisionView.of(revision);
  }

  /**
   * Approves a version under review: published now (applied to the live row in this transaction),
   * or scheduled when its publication time lies ahead. No one approves their own change.
   */
  @PublishesContent
  public RevisionView approve(long revisionId, long expectedVersion, String reviewer, Instant now) {
    Revision revision = current(revisionId, expectedVersion, Map.of());
    requireComplete(revision);
    boolean publishNow = revision.approve(reviewer, now);
    record(reviewer, AuditAction.APPROVED, revision);
    if (publishNow) {
      publish(kinds.of(revision.kind()), revision, reviewer, now);
    } else {
      record(reviewer, AuditAction.SCHEDULED, revision);
    }
    flush(revision.fields().asMap(), revision);
    return RevisionView.of(revision);
  }

  /** Sends a version under review back as a draft, with a note for its writer. */
  public RevisionView reject(long revisionId, long expectedVersion, String reviewer, String note) {
    Revision revision = current(revisionId, expectedVersion, Map.of());
    revision.reject(reviewer, note, Instant.now());
    flush(revision.fields().asMap(), revision);
    record(reviewer, AuditAction.REJECTED, revision);
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
    Revision revision = current(revisionId, expectedVersion, Map.of());
    if ((publishAt != null && !publishAt.isAfter(now))
        || (unpublishAt != null && !unpublishAt.isAfter(now))) {
      throw new WorkflowException(WorkflowException.Reason.BAD_SCHEDULE, "a time in the past");
    }
    revision.schedule(publishAt, unpublishAt);
    flush(revision.fields().asMap(), revision);
    record(editor, AuditAction.SCHEDULED, revision);
    return RevisionView.of(revision);
  }

  /**
   * Takes an item off the public site (the live row and its published version are archived), or
   * throws away the draft of an item that was never published. A version in the works of a live
   * item stays, so it can still be published later.
   */
  @PublishesContent
  public void archive(EditorialKind kind, String slug, String editor, Instant now) {
    archiveOf(kinds.of(kind), slug, editor, now, AuditAction.ARCHIVED);
  }

  private <T extends Publishable> void archiveOf(
      EditableKind<T> adapter, String slug, String editor, Instant now, AuditAction action) {
    Optional<T> live = adapter.live(slug);
    Optional<Revision> published = revisions.published(adapter.kind(), slug);
    Revision subject;
    if (live.isPresent() && live.get().isPublished()) {
      keepBaseline(adapter, slug, live.get());
      live.get().archive();
      published = revisions.published(adapter.kind(), slug);
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
    audit.record(
        editor,
        action,
        adapter.kind().code() + " " + slug,
        subject == null ? null : "v" + subject.number());
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
      publish(kinds.of(revision.kind()), revision, revision.reviewer(), now);
      done++;
    }
    for (Revision revision : revisions.dueForUnpublication(now)) {
      archiveOf(
          kinds.of(revision.kind()),
          revision.slug(),
          revision.lastEditor(),
          now,
          AuditAction.UNPUBLISHED);
      done++;
    }
    return done;
  }

  /**
   * The internal links in the published texts that lead to an item that is archived or missing, or
   * to a page the site does not have ({@code otherPageExists} knows the site's other pages).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<BrokenLink> brokenLinks(Predicate<String> otherPageExists) {
    List<BrokenLink> broken = new ArrayList<>();
    for (Object[] row : revisions.publishedBodiesWithLinks()) {
      Matcher links = INTERNAL_LINK.matcher((String) row[2]);
      Set<String> seen = new LinkedHashSet<>();
      while (links.find()) {
        String href = links.group(1).replace("&amp;", "&");
        if (seen.add(href)) {
          String reason = linkProblem(href, otherPageExists);
          if (reason != null) {
            broken.add(
                new BrokenLink(
                    EditorialKind.valueOf((String) row[0]).code(), (String) row[1], href, reason));
          }
        }
      }
    }
    return broken;
  }

  private static final Set<String> CONTENT_SECTIONS =
      Set.of(
          "rechten",
          "informatie",
          "verhalen",
          "nieuws",
          "vormen",
          "signaleren",
          "beschermen",
          "strafrechtelijk-proces",
          "compensatie");

  /** Why a site path leads nowhere (archived, missing), or null when it works. */
  private String linkProblem(String href, Predicate<String> otherPageExists) {
    String path = href.replaceAll("[?#].*$", "").replaceAll("(.)/$", "$1");
    String[] parts = path.substring(1).split("/");
    if (parts.length == 2 && CONTENT_SECTIONS.contains(parts[0])) {
      Optional<? extends Publishable> item = contentAt(parts[0], parts[1]);
      return item.isEmpty() ? "missing" : item.get().isPublished() ? null : "archived";
    }
    if (parts.length == 2 && parts[0].equals("organisaties")) {
      return directory.lists(parts[1]) ? null : "missing";
    }
    return otherPageExists.test(path.isEmpty() ? "/" : path) ? null : "missing";
  }

  private Optional<? extends Publishable> contentAt(String section, String slug) {
    return switch (section) {
      case "rechten" -> kinds.of(EditorialKind.REGULATION).live(slug);
      case "informatie" -> kinds.of(EditorialKind.INFORMATION_PAGE).live(slug);
      case "verhalen" -> kinds.of(EditorialKind.STORY).live(slug);
      case "nieuws" -> kinds.of(EditorialKind.NEWS).live(slug);
      case "vormen" -> formPages.findBySlug(slug);
      default -> kinds.steps().live(slug).filter(step -> step.phase().slug().equals(section));
    };
  }

  // ---- inside

  private <T extends Publishable> void publish(
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
    record(actor, AuditAction.PUBLISHED, revision);
  }

  /**
   * Keeps the live item as it was before the workflow as version 1, the first time the workflow
   * touches it, so that it can be compared with and restored.
   */
  private <T extends Publishable> void keepBaseline(EditableKind<T> adapter, String slug, T live) {
    if (revisions.nextNumber(adapter.kind(), slug) == 1) {
      Revision baseline =
          Revision.baseline(adapter.kind(), slug, adapter.idOf(live), adapter.snapshot(live));
      if (!live.isPublished()) {
        baseline.archive(Instant.now());
      }
      revisions.add(baseline);
    }
  }

  private Revision current(long revisionId, Long expectedVersion, Map<String, String> yours) {
    Revision revision = revisions.get(revisionId);
    if (expectedVersion == null || revision.version() != expectedVersion) {
      throw new EditConflictException(
          yours.isEmpty() ? revision.fields().asMap() : yours, RevisionView.of(revision));
    }
    return revision;
  }

  /**
   * Writes now, so that another editor's change that landed between our read and our write shows as
   * a conflict here rather than as a failed commit.
   */
  private void flush(Map<String, String> yours, Revision revision) {
    try {
      revisions.flush();
    } catch (OptimisticLockException e) {
      throw new EditConflictException(yours, null);
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

  private void record(String actor, AuditAction action, Revision revision) {
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
