package nl.wegwijzer.web.http;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wegwijzer.directory.support.PublishedContent;

/**
 * Empties this server's page cache when another server changed the published content: every second
 * it reads the shared counter, which moves in the same transaction as each change. This works with
 * or without a data grid (also under {@code --nocluster}, and when the grid is split), at the cost
 * of one tiny query a second. The cache is emptied once more a second later, for a page rendered
 * from an entity cache that heard of the change after this server did.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublishedContentWatch {

  private static final Logger LOG = Logger.getLogger(PublishedContentWatch.class.getName());

  @Inject PublishedContent publishedContent;
  @Inject PageCache cache;

  private long seen = -1;
  private boolean clearAgain;
  private boolean failing;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  public void poll() {
    try {
      long generation = publishedContent.generation();
      failing = false;
      if (generation != seen) {
        seen = generation;
        cache.clear("published content generation " + generation);
        clearAgain = true;
      } else if (clearAgain) {
        cache.clear("published content generation " + generation + ", once more");
        clearAgain = false;
      }
    } catch (RuntimeException e) {
      // The database is away: the cached pages keep the public site answering meanwhile.
      if (!failing) {
        LOG.log(
            Level.WARNING, "Cannot read the published content counter; retried every second", e);
      }
      failing = true;
    }
  }
}
