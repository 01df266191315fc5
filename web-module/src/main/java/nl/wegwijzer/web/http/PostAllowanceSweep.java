package nl.wegwijzer.web.http;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Deletes the public forms' expired post allowances every minute, so that a row outlives its window
 * by at most a minute even when nobody posts (posts delete expired rows too). Not persistent: a
 * missed minute is caught up by the next. On a cluster every node runs it; the batches skip rows
 * another node is deleting, and each run stops after a bounded number of rows.
 */
@Singleton
public class PostAllowanceSweep {

  private static final Logger LOG = Logger.getLogger(PostAllowanceSweep.class.getName());
  private static final int BATCH = 1_000;
  private static final int MAX_BATCHES = 50;

  @Inject PostAllowance allowance;

  /** Each batch commits on its own (PostAllowance is the transaction boundary). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Schedule(hour = "*", minute = "*", persistent = false, info = "post allowance sweep")
  void deleteExpired() {
    try {
      for (int batch = 0; batch < MAX_BATCHES; batch++) {
        if (allowance.sweep(BATCH) < BATCH) {
          return;
        }
      }
    } catch (RuntimeException e) {
      // the database is away (its outage is reported elsewhere): the next minute tries again
      LOG.fine(() -> "Post allowance sweep failed: " + e);
    }
  }
}
