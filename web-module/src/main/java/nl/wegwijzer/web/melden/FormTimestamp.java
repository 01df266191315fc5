package nl.wegwijzer.web.melden;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A signed time stamp in the public form: when the form was served, signed so that a bot cannot
 * make one up. A human needs some seconds to fill in the form; a post that comes back faster is a
 * bot. The key comes from {@code WEGWIJZER_FORM_SECRET} (the same on every node of a cluster), or
 * is random per start when none is set (forms served before a restart then ask to send again).
 */
@ApplicationScoped
public class FormTimestamp {

  /** How the check of a posted stamp came out. */
  public enum Verdict {
    OK,
    TOO_FAST,
    INVALID
  }

  static final long MINIMUM_MILLIS = 3_000;
  static final long MAXIMUM_MILLIS = 24L * 60 * 60 * 1000;

  private final byte[] key;
  private final Clock clock;

  protected FormTimestamp() {
    this.key = null;
    this.clock = null;
  }

  @Inject
  public FormTimestamp(@ConfigProperty(name = "WEGWIJZER_FORM_SECRET") Optional<String> secret) {
    this(secret, Clock.systemUTC());
  }

  /**
   * With a clock of its own: the tests make the stamp of a form served seconds ago, with the
   * deployment's secret, instead of waiting for the fill time to pass.
   */
  public FormTimestamp(Optional<String> secret, Clock clock) {
    if (secret.isPresent() && !secret.get().isBlank()) {
      this.key = secret.get().getBytes(StandardCharsets.UTF_8);
    } else {
      this.key = new byte[32];
      new SecureRandom().nextBytes(this.key);
    }
    this.clock = clock;
  }

  public String issue() {
    String time = Long.toString(clock.millis());
    return time + "." + sign(time);
  }

  public Verdict check(String stamp) {
    if (stamp == null || stamp.length() > 100 || stamp.indexOf('.') < 1) {
      return Verdict.INVALID;
    }
    String time = stamp.substring(0, stamp.indexOf('.'));
    String signature = stamp.substring(stamp.indexOf('.') + 1);
    if (!MessageDigest.isEqual(
        sign(time).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII))) {
      return Verdict.INVALID;
    }
    long issued;
    try {
      issued = Long.parseLong(time);
    } catch (NumberFormatException e) {
      return Verdict.INVALID;
    }
    long age = clock.millis() - issued;
    if (age < 0 || age > MAXIMUM_MILLIS) {
      return Verdict.INVALID;
    }
    return age < MINIMUM_MILLIS ? Verdict.TOO_FAST : Verdict.OK;
  }

  private String sign(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
