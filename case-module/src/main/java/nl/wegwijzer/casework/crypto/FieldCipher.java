package nl.wegwijzer.casework.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.wegwijzer.casework.model.Sealed;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts personal free text before it reaches the database (AES-256-GCM, a random 12-byte IV per
 * value), so a dump of the database alone does not reveal it. Each value carries the id of its key:
 * new values use the current key, and any configured key opens old values, so keys can rotate.
 *
 * <p>Keys come from configuration: {@code wegwijzer.casework.keys=k1:<base64 of 32 bytes>,k2:...}
 * ({@code WEGWIJZER_CASEWORK_KEYS}) and {@code wegwijzer.casework.current-key=k1}. Without them the
 * application does not start.
 */
@ApplicationScoped
public class FieldCipher {

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, SecretKey> keys;
  private final String currentKeyId;

  protected FieldCipher() {
    this.keys = Map.of();
    this.currentKeyId = null;
  }

  @Inject
  public FieldCipher(
      @ConfigProperty(name = "wegwijzer.casework.keys") Optional<String> keys,
      @ConfigProperty(name = "wegwijzer.casework.current-key") Optional<String> currentKeyId) {
    this(keys.orElse(""), currentKeyId.orElse(""));
  }

  public FieldCipher(String keys, String currentKeyId) {
    this.keys = parse(keys);
    this.currentKeyId = currentKeyId == null ? "" : currentKeyId.strip();
    if (!this.keys.containsKey(this.currentKeyId)) {
      throw new IllegalStateException(
          "Casework encryption: the current key '"
              + this.currentKeyId
              + "' (wegwijzer.casework.current-key, WEGWIJZER_CASEWORK_CURRENT_KEY) is not among"
              + " the configured keys "
              + this.keys.keySet());
    }
  }

  private static Map<String, SecretKey> parse(String configured) {
    if (configured == null || configured.isBlank()) {
      throw new IllegalStateException(
          "Casework encryption: no keys configured. Set wegwijzer.casework.keys"
              + " (WEGWIJZER_CASEWORK_KEYS) to 'id:<base64 of 32 random bytes>[,id2:...]' and"
              + " wegwijzer.casework.current-key (WEGWIJZER_CASEWORK_CURRENT_KEY) to the id that"
              + " encrypts new values.");
    }
    Map<String, SecretKey> parsed = new LinkedHashMap<>();
    for (String entry : configured.split(",")) {
      int colon = entry.indexOf(':');
      String id = colon < 0 ? "" : entry.substring(0, colon).strip();
      if (!id.matches("[A-Za-z0-9_-]{1,20}")) {
        throw new IllegalStateException(
            "Casework encryption: every key is written as id:<base64>, with an id of letters,"
                + " digits, - or _");
      }
      byte[] key;
      try {
        key = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("Casework encryption: key '" + id + "' is not base64");
      }
      if (key.length != 32) {
        throw new IllegalStateException(
            "Casework encryption: key '" + id + "' must be 256 bits (32 bytes)");
      }
      parsed.put(id, new SecretKeySpec(key, "AES"));
    }
    return Map.copyOf(parsed);
  }

  /** Makes the application fail at start-up, not at the first signal, when keys are missing. */
  void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    currentKeyId();
  }

  public String currentKeyId() {
    return currentKeyId;
  }

  /**
   * A key for another purpose than sealing, derived from the current key with HKDF-Expand (RFC
   * 5869, one block; a configured key is 32 random bytes, so it serves as the pseudorandom key
   * itself) and a fixed label naming the purpose. Every node with the same keys derives the same
   * key, no new secret has to be configured, and the derived key reveals nothing of the one that
   * seals case data. It changes when the current key does.
   */
  public SecretKey derivedKey(String label) {
    return new SecretKeySpec(
        hkdfExpand(keys.get(currentKeyId).getEncoded(), label.getBytes(StandardCharsets.UTF_8)),
        "HmacSHA256");
  }

  /** The first 32 bytes of HKDF-Expand with HMAC-SHA256: T(1) = HMAC(prk, info || 0x01). */
  static byte[] hkdfExpand(byte[] prk, byte[] info) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(prk, "HmacSHA256"));
      mac.update(info);
      mac.update((byte) 1);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Key derivation failed", e);
    }
  }

  /** Encrypts with the current key; null and blank text stay null. */
  public Sealed seal(String plaintext) {
    if (plaintext == null || plaintext.isBlank()) {
      return null;
    }
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
      byte[] encrypted = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] stored =
          ByteBuffer.allocate(iv.length + encrypted.length).put(iv).put(encrypted).array();
      return new Sealed(currentKeyId + ":" + Base64.getEncoder().encodeToString(stored));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Casework encryption failed", e);
    }
  }

  /** Decrypts with the key the value names; a value that was tampered with is refused. */
  public String open(Sealed sealed) {
    if (sealed == null) {
      return null;
    }
    SecretKey key = keys.get(sealed.keyId());
    if (key == null) {
      throw new IllegalStateException(
          "Casework encryption: a value was encrypted with key '"
              + sealed.keyId()
              + "', which is no longer configured");
    }
    try {
      byte[] stored =
          Base64.getDecoder().decode(sealed.value().substring(sealed.keyId().length() + 1));
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
      byte[] plain = cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Casework encryption: a value cannot be decrypted", e);
    }
  }
}
