package nl.wegwijzer.directory.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The open data's identifiers: name-based UUIDs (version 5, SHA-1, RFC 9562 section 5.5) of a kind
 * and a stable key, such as {@code organization} and the organisation's slug. The key never holds a
 * database id or anything an editor changes in a profile's text, so an object keeps its id through
 * every edit; the same key gives the same id on every server and in every download.
 */
public final class HsdsIds {

  /** The name space for URLs (RFC 9562 appendix A); every name is a URN of our own under it. */
  private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  private static final String PREFIX = "urn:wegwijzer:hsds:";

  private HsdsIds() {}

  public static String of(String kind, String key) {
    return nameBased(URL_NAMESPACE, PREFIX + kind + ":" + key).toString();
  }

  static UUID nameBased(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
    sha1.update(
        ByteBuffer.allocate(16)
            .putLong(namespace.getMostSignificantBits())
            .putLong(namespace.getLeastSignificantBits())
            .array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bits.getLong(), bits.getLong());
  }
}
