package nl.wegwijzer.web.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import nl.wegwijzer.casework.notice.NoticeKind;
import nl.wegwijzer.casework.notice.NoticeSettings;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.web.security.KeycloakUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The e-mail notices through Jakarta Mail to a GreenMail SMTP server: who gets which, what a mail
 * says (a golden text: the kind of event, a count, the region and links, nothing else), and the
 * digest sent once per day.
 */
class NoticesTest {

  private GreenMail smtp;
  private final Set<String> switchedOff = new HashSet<>();
  private final Set<LocalDate> claimed = new HashSet<>();
  private Map<String, Long> dueTomorrow = Map.of();

  /** The coordinators of Zeeland in Keycloak; Utrecht has one without an e-mail address. */
  private final KeycloakUsers users =
      new KeycloakUsers() {
        @Override
        public List<Recipient> coordinatorsOf(String regionCode) {
          return switch (regionCode) {
            case "zeeland" ->
                List.of(
                    new Recipient("coordinator-zeeland", "coordinator-zeeland@wegwijzer.example"),
                    new Recipient("coordinator-zeeland-2", "tweede@wegwijzer.example"));
            default -> List.of();
          };
        }
      };

  private final NoticeSettings settings =
      new NoticeSettings() {
        @Override
        public List<String> wanting(NoticeKind kind, Collection<String> userNames) {
          return userNames.stream().filter(u -> !switchedOff.contains(u + ":" + kind)).toList();
        }

        @Override
        public boolean claimDigest(LocalDate day) {
          return claimed.add(day);
        }

        @Override
        public Map<String, Long> deadlinesDueOn(LocalDate day) {
          return dueTomorrow;
        }
      };

  private final PlaceService places =
      new PlaceService() {
        @Override
        public Optional<Region> findRegion(String code) {
          return "zeeland".equals(code)
              ? Optional.of(new Region("zeeland", "Zeeland"))
              : Optional.empty();
        }
      };

  private Notices notices;

  @BeforeEach
  void startSmtp() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Session session = Session.getInstance(new Properties());
    Mailer mailer =
        new Mailer(session, "127.0.0.1", smtp.getSmtp().getPort(), "wegwijzer@test.example");
    notices = new Notices(settings, users, mailer, places, "https://wegwijzer.example/");
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = NoticesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private List<String> recipients() throws Exception {
    List<String> to = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      to.add(message.getRecipients(Message.RecipientType.TO)[0].toString());
    }
    return to;
  }

  @Test
  void aSignalArrivedGoesToEveryCoordinatorOfTheRegionWhoWantsItWithNoCaseData() throws Exception {
    switchedOff.add("coordinator-zeeland-2:" + NoticeKind.SIGNAL_ARRIVED);

    assertEquals(1, notices.send(NoticeKind.SIGNAL_ARRIVED, "zeeland", 1));

    assertEquals(List.of("coordinator-zeeland@wegwijzer.example"), recipients());
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertEquals("Nieuw signaal in de inbox van Zeeland", mail.getSubject());
    assertEquals("wegwijzer@test.example", mail.getFrom()[0].toString());
    assertEquals(
        golden("signal-arrived.txt").strip(),
        GreenMailUtil.getBody(mail).replace("\r\n", "\n").strip(),
        "the kind of event, the region, a count and links: nothing of the signal");
    assertEquals(0, notices.send(NoticeKind.SIGNAL_ARRIVED, "utrecht", 1), "nobody to tell");
  }

  @Test
  void theDigestCountsTomorrowsDeadlinesAndIsSentOncePerDay() throws Exception {
    dueTomorrow = Map.of("zeeland", 3L);
    LocalDate today = LocalDate.of(2026, 3, 16);
    switchedOff.add("coordinator-zeeland:" + NoticeKind.DAILY_DIGEST);

    assertEquals(1, notices.digest(today));
    assertEquals(List.of("tweede@wegwijzer.example"), recipients());
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertEquals("Morgen 3 termijnen in Zeeland", mail.getSubject());
    String body = GreenMailUtil.getBody(mail);
    assertTrue(body.contains("Morgen verlopen 3 termijnen in de zaken van regio Zeeland"), body);
    assertTrue(body.contains("Tomorrow 3 deadlines fall due"), body);
    assertTrue(body.contains("https://wegwijzer.example/coordinatie#worklist"), body);

    assertEquals(0, notices.digest(today), "another node, or a second run, finds the day claimed");
    assertEquals(1, smtp.getReceivedMessages().length);
  }

  @Test
  void aTransferOfferedIsToldWithTheLinkToTheTransfers() throws Exception {
    assertEquals(2, notices.send(NoticeKind.TRANSFER_OFFERED, "zeeland", 1));
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertEquals("Een zaak wordt overgedragen aan Zeeland", mail.getSubject());
    assertTrue(
        GreenMailUtil.getBody(mail).contains("https://wegwijzer.example/coordinatie#transfers"));
  }

  @Test
  void aMailServerThatIsDownLosesTheNoticeButNotTheChange() {
    smtp.stop();
    assertEquals(0, notices.send(NoticeKind.SIGNAL_ARRIVED, "zeeland", 1));
  }
}
