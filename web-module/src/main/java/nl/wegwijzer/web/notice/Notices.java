package nl.wegwijzer.web.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wegwijzer.casework.notice.CaseTransferOffered;
import nl.wegwijzer.casework.notice.NoticeKind;
import nl.wegwijzer.casework.notice.NoticeSettings;
import nl.wegwijzer.casework.notice.SignalArrived;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.web.security.KeycloakUsers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail notices to the coordinators of a region: a signal arrived in its inbox, a case was offered
 * to it, and the morning digest of tomorrow's deadlines. Each goes to the region's enabled
 * coordinators with an e-mail address who did not switch that kind off. Sent after the change
 * committed, on a thread of its own ({@link NoticeSending}), so that a slow mail server never slows
 * a request; a failure is logged and the change stands.
 */
@ApplicationScoped
public class Notices {

  private static final Logger LOG = Logger.getLogger(Notices.class.getName());

  private NoticeSettings settings;
  private KeycloakUsers users;
  private Mailer mailer;
  private PlaceService places;
  private String baseUrl;

  /** Sends {@link #later} after the request, on a thread and in a transaction of its own. */
  @Inject NoticeSending sending;

  protected Notices() {}

  @Inject
  public Notices(
      NoticeSettings settings,
      KeycloakUsers users,
      Mailer mailer,
      PlaceService places,
      @ConfigProperty(name = "wegwijzer.public-url", defaultValue = "http://localhost:8080")
          String baseUrl) {
    this.settings = settings;
    this.users = users;
    this.mailer = mailer;
    this.places = places;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  void signalArrived(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignalArrived arrived) {
    later(NoticeKind.SIGNAL_ARRIVED, arrived.regionCode(), 1);
  }

  void transferOffered(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CaseTransferOffered offered) {
    later(NoticeKind.TRANSFER_OFFERED, offered.toRegionCode(), 1);
  }

  private void later(NoticeKind kind, String regionCode, long count) {
    if (mailer.configured()) {
      sending.send(kind, regionCode, count);
    }
  }

  /**
   * The digest of the deadlines due the day after {@code today}, once per day on a cluster: only
   * the node that claims the day sends it. Answers how many mails were sent.
   */
  public int digest(LocalDate today) {
    if (!mailer.configured() || !settings.claimDigest(today)) {
      return 0;
    }
    int sent = 0;
    for (Map.Entry<String, Long> due : settings.deadlinesDueOn(today.plusDays(1)).entrySet()) {
      sent += send(NoticeKind.DAILY_DIGEST, due.getKey(), due.getValue());
    }
    return sent;
  }

  /** Mails the notice to those of the region's coordinators who want it; answers how many. */
  int send(NoticeKind kind, String regionCode, long count) {
    if (!mailer.configured()) {
      return 0;
    }
    try {
      List<KeycloakUsers.Recipient> coordinators = users.coordinatorsOf(regionCode);
      List<String> wanting =
          settings.wanting(
              kind, coordinators.stream().map(KeycloakUsers.Recipient::userName).toList());
      String regionName =
          places
              .findRegion(regionCode)
              .map(RegionView::of)
              .map(RegionView::name)
              .orElse(regionCode);
      NoticeMail mail = NoticeMail.of(kind, regionName, count, baseUrl);
      int sent = 0;
      for (KeycloakUsers.Recipient coordinator : coordinators) {
        if (wanting.contains(coordinator.userName())) {
          mailer.send(coordinator.email(), mail.subject(), mail.body());
          sent++;
        }
      }
      return sent;
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          e,
          () -> "The " + kind.code() + " notice for region " + regionCode + " was not sent");
      return 0;
    }
  }
}
