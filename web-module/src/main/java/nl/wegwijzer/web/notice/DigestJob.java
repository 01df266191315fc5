package nl.wegwijzer.web.notice;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * Every morning the coordinators hear how many deadlines of their regions fall due tomorrow. On a
 * cluster every node's timer fires; {@link Notices#digest} lets only the first one send.
 */
@Singleton
// the claim commits on its own; the mails are sent outside any transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestJob {

  private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Inject Notices notices;

  @Schedule(
      hour = "7",
      minute = "0",
      timezone = "Europe/Amsterdam",
      persistent = false,
      info = "deadline digest")
  void sendDigest() {
    int sent = notices.digest(LocalDate.now(ZONE));
    LOG.info(() -> "Deadline digest: " + sent + " mail(s) sent");
  }
}
