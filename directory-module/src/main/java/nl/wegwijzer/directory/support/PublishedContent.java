package nl.wegwijzer.directory.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * The shared counter of changes to the public site's content, in the database so that every
 * application server sees it, whether or not the servers form a data grid.
 */
@ApplicationScoped
public class PublishedContent {

  private final EntityManager em;

  protected PublishedContent() {
    this.em = null;
  }

  @Inject
  public PublishedContent(EntityManager em) {
    this.em = em;
  }

  /**
   * Counts one change, in the caller's transaction: the counter moves only if the change commits.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public long changed() {
    return ((Number)
            em.createNativeQuery(
                    "update directory.published_content set generation = generation + 1,"
                        + " changed_at = now() where id = 1 returning generation")
                .getSingleResult())
        .longValue();
  }

  /** The counter now (read outside any transaction, once a second by each server). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long generation() {
    return ((Number)
            em.createNativeQuery("select generation from directory.published_content where id = 1")
                .getSingleResult())
        .longValue();
  }

  /** The counter and when it last moved: the content's version and its publication time. */
  public record Generation(long number, OffsetDateTime changedAt) {}

  /** The counter now and when it moved (read outside any transaction). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Generation current() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select generation, changed_at from directory.published_content where id = 1")
                .getSingleResult();
    return new Generation(((Number) row[0]).longValue(), toOffset(row[1]));
  }

  private static OffsetDateTime toOffset(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time;
    }
    if (value instanceof java.sql.Timestamp stamp) {
      return stamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("unexpected time " + value);
  }
}
