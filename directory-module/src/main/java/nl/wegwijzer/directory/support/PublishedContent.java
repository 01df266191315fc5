package nl.wegwijzer.directory.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
}
