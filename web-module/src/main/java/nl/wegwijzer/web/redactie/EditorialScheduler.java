package nl.wegwijzer.web.redactie;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wegwijzer.content.service.EditorialService;

/**
 * Publishes scheduled versions and takes items off the site when their time has come, every minute.
 * Not persistent: a missed minute is caught up by the next run, and each server of a cluster may
 * run it (the service locks the versions it handles).
 */
@Singleton
// The service runs its own transaction, so a failed run rolls back there and the timer lives on.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EditorialScheduler {

  private static final Logger LOG = Logger.getLogger(EditorialScheduler.class.getName());

  @Inject EditorialService editorial;

  @Schedule(minute = "*", hour = "*", persistent = false)
  public void publishDue() {
    try {
      int done = editorial.publishDue(Instant.now());
      if (done > 0) {
        LOG.info(() -> "Scheduled publications and unpublications carried out: " + done);
      }
    } catch (RuntimeException e) {
      // The next minute tries again; a failure must not cancel the timer.
      LOG.log(Level.WARNING, "Scheduled publication failed; retried in a minute", e);
    }
  }
}
