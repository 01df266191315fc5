package nl.wegwijzer.web.notice;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MailSessionDefinition;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text e-mail through Payara's mail session, to the SMTP server that MicroProfile
 * Config names ({@code WEGWIJZER_SMTP_HOST}, {@code WEGWIJZER_SMTP_PORT}, {@code
 * WEGWIJZER_MAIL_FROM}). Without a host nothing is sent: a deployment without a mail server works
 * as before.
 */
@MailSessionDefinition(
    name = Mailer.SESSION,
    transportProtocol = "smtp",
    // a mail server that hangs must not hold a worker thread for long
    properties = {
      // Payara's session logs every protocol line otherwise
      "mail.debug=false",
      "mail.smtp.connectiontimeout=5000",
      "mail.smtp.timeout=10000",
      "mail.smtp.writetimeout=10000"
    })
@ApplicationScoped
public class Mailer {

  public static final String SESSION = "java:app/mail/wegwijzer";

  @Resource(lookup = SESSION)
  Session session;

  @Inject
  @ConfigProperty(name = "wegwijzer.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "wegwijzer.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "wegwijzer.mail.from", defaultValue = "wegwijzer@localhost")
  String from;

  protected Mailer() {}

  /** A mailer on a session of its own, for the tests. */
  Mailer(Session session, String host, int port, String from) {
    this.session = session;
    this.host = Optional.of(host);
    this.port = port;
    this.from = from;
  }

  /** Whether a mail server is configured. */
  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** Sends one message; a failure is the caller's to log, nothing is retried. */
  public void send(String to, String subject, String body) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject, "UTF-8");
    message.setText(body, "UTF-8");
    message.setSentDate(new Date());
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect(host.orElseThrow(), port, null, null);
      transport.sendMessage(message, message.getAllRecipients());
    }
  }
}
