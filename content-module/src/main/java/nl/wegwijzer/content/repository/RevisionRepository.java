package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Revision;
import nl.wegwijzer.content.model.RevisionState;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/** The versions of the guide's items. */
@ApplicationScoped
public class RevisionRepository {

  private static final EnumSet<RevisionState> OPEN =
      EnumSet.of(RevisionState.DRAFT, RevisionState.IN_REVIEW, RevisionState.SCHEDULED);

  private final EntityManager em;

  protected RevisionRepository() {
    this.em = null;
  }

  @Inject
  public RevisionRepository(EntityManager em) {
    this.em = em;
  }

  public Revision get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("revision", Long.toString(id)));
  }

  public Optional<Revision> find(long id) {
    return Optional.ofNullable(em.find(Revision.class, id));
  }

  /** Every version of an item, newest first. */
  public List<Revision> ofItem(EditorialKind kind, String slug) {
    return em.createNamedQuery("Revision.ofItem", Revision.class)
        .setParameter("kind", kind)
        .setParameter("slug", slug)
        .getResultList();
  }

  /** The version in the works (draft, in review or scheduled), if any. */
  public Optional<Revision> open(EditorialKind kind, String slug) {
    return inStates(kind, slug, OPEN);
  }

  public Optional<Revision> published(EditorialKind kind, String slug) {
    return inStates(kind, slug, EnumSet.of(RevisionState.PUBLISHED));
  }

  private Optional<Revision> inStates(
      EditorialKind kind, String slug, EnumSet<RevisionState> states) {
    return em.createNamedQuery("Revision.inState", Revision.class)
        .setParameter("kind", kind)
        .setParameter("slug", slug)
        .setParameter("states", states)
        .getResultStream()
        .findFirst();
  }

  public int nextNumber(EditorialKind kind, String slug) {
    Integer last =
        em.createNamedQuery("Revision.lastNumber", Integer.class)
            .setParameter("kind", kind)
            .setParameter("slug", slug)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }

  public Revision add(Revision revision) {
    em.persist(revision);
    em.flush();
    return revision;
  }

  /** Writes pending changes now, so that a lost update shows here and not at commit. */
  public void flush() {
    em.flush();
  }

  public List<Revision> draftsOf(String editor, int limit) {
    return em.createNamedQuery("Revision.draftsOf", Revision.class)
        .setParameter("editor", editor)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Revision> waitingFor(String editor, int limit) {
    return em.createNamedQuery("Revision.waitingFor", Revision.class)
        .setParameter("editor", editor)
        .setMaxResults(limit)
        .getResultList();
  }

  /** A coordinator's proposals, newest first. */
  public List<Revision> proposedBy(String coordinator, int limit) {
    return em.createNamedQuery("Revision.proposedBy", Revision.class)
        .setParameter("coordinator", coordinator)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Revision> scheduled(int limit) {
    return em.createNamedQuery("Revision.scheduled", Revision.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Versions whose time has come, locked so that two servers never publish the same one. */
  public List<Revision> dueForPublication(Instant now) {
    return due("Revision.dueForPublication", now);
  }

  public List<Revision> dueForUnpublication(Instant now) {
    return due("Revision.dueForUnpublication", now);
  }

  private List<Revision> due(String query, Instant now) {
    return em.createNamedQuery(query, Revision.class)
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setMaxResults(100)
        .getResultList();
  }

  /**
   * A page of the items of one kind: the live rows of {@code table} and the items that exist only
   * as versions in the works, each with its live state and the state of its open version, by title.
   * {@code table} and {@code titleColumn} are the adapter's constants, never input.
   */
  public Page<ItemRow> items(
      EditorialKind kind, String table, String titleColumn, PageRequest page) {
    String sql =
        "with live as (select slug, "
            + titleColumn
            + " as title, state from "
            + qualified(table)
            + "), work as (select slug, coalesce(fields->>'"
            + titleColumn
            + "', slug) as title, state, id from content.revision where kind = ?1"
            + " and state in ('DRAFT', 'IN_REVIEW', 'SCHEDULED'))"
            + " select coalesce(live.slug, work.slug) as slug,"
            + " coalesce(live.title, work.title) as title, live.state, work.state, work.id,"
            + " count(*) over () as total"
            + " from live full join work on work.slug = live.slug"
            + " order by lower(coalesce(live.title, work.title)), 1 limit ?2 offset ?3";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(sql)
            .setParameter(1, kind.name())
            .setParameter(2, page.size())
            .setParameter(3, page.offset())
            .getResultList();
    long total = rows.isEmpty() ? countItems(kind, table) : ((Number) rows.get(0)[5]).longValue();
    return new Page<>(
        rows.stream()
            .map(
                r ->
                    new ItemRow(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        r[4] == null ? null : ((Number) r[4]).longValue()))
            .toList(),
        page.number(),
        page.size(),
        total);
  }

  /** A table of the content schema by its name, or of another schema by its qualified name. */
  private static String qualified(String table) {
    return table.contains(".") ? table : "content." + table;
  }

  private long countItems(EditorialKind kind, String table) {
    Object count =
        em.createNativeQuery(
                "select count(*) from (select slug from "
                    + qualified(table)
                    + " union select slug from content.revision where kind = ?1"
                    + " and state in ('DRAFT', 'IN_REVIEW', 'SCHEDULED')) s")
            .setParameter(1, kind.name())
            .getSingleResult();
    return ((Number) count).longValue();
  }

  /** One line of a kind's list; the states are null where there is no live row / no open one. */
  public record ItemRow(
      String slug, String title, String liveState, String openState, Long openRevision) {}

  /**
   * The internal links ({@code href="/…"}) in the published bodies of the guide, as (kind, slug,
   * href) rows.
   */
  public List<Object[]> publishedBodiesWithLinks() {
    String like = " like '%href=\"/%'";
    String sql =
        "select 'STEP', slug, body || coalesce(body_en, '') from content.step"
            + " where state = 'PUBLISHED' and (body || coalesce(body_en, ''))"
            + like
            + " union all select 'REGULATION', slug, body || coalesce(body_en, '')"
            + " from content.regulation where state = 'PUBLISHED' and (body || coalesce(body_en, ''))"
            + like
            + " union all select 'INFORMATION_PAGE', slug, body || coalesce(body_en, '')"
            + " from content.information_page where state = 'PUBLISHED' and (body || coalesce(body_en, ''))"
            + like
            + " union all select 'STORY', slug, body || coalesce(body_en, '')"
            + " from content.story where state = 'PUBLISHED' and (body || coalesce(body_en, ''))"
            + like
            + " union all select 'NEWS', slug, body from content.news_item"
            + " where state = 'PUBLISHED' and body"
            + like
            + " union all select 'FAQ', slug, answer || coalesce(answer_en, '')"
            + " from content.faq_entry where state = 'PUBLISHED' and (answer || coalesce(answer_en, ''))"
            + like
            + " order by 1, 2";
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).getResultList();
    return rows;
  }
}
