package nl.wegwijzer.web.casework;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.wegwijzer.casework.service.RetentionService;

/**
 * Runs the casework's retention every night. Not persistent: a missed night is caught up by the
 * next, since every run anonymises all that has expired. On a cluster every node runs it; a second
 * run finds nothing left to do, and optimistic locking stops two from changing one case.
 */
@Singleton
public class RetentionJob {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Inject RetentionService retention;

  @Schedule(hour = "3", minute = "17", persistent = false, info = "casework retention")
  void anonymiseExpired() {
    RetentionService.RetentionRunView run = retention.anonymiseExpired();
    LOG.info(
        () ->
            "Casework retention ("
                + retention.retention()
                + "): "
                + run.casesAnonymised()
                + " case(s) and "
                + run.signalsAnonymised()
                + " signal(s) closed before "
                + run.closedBefore()
                + " anonymised; "
                + run.setAsideDeleted()
                + " signal(s) set aside at triage longer than "
                + retention.setAsideRetention()
                + " ago deleted");
  }
}
