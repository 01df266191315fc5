package nl.wegwijzer.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.support.PublishedContentChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rendered public pages, as anonymous visitors get them, kept in memory until the published
 * content changes or the day does (some answers hold as of today). A page is stored as a template:
 * its bytes split where the CSP script nonce stood, so that every response gets a fresh nonce and
 * no two visitors share one. Bounded in entries and in bytes; when full, some entries make room
 * (not strictly the oldest: a cheap bound matters more here than perfect recency).
 */
@ApplicationScoped
public class PageCache {

  private static final Logger LOG = Logger.getLogger(PageCache.class.getName());
  private static final int NONCE_BYTES = 18;
  private static final Pattern SCRIPT_ID =
      Pattern.compile(
          "(<script id=\"|getElementById\\(')[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}");
  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(PageCache::newRandom);

  private final ConcurrentHashMap<String, Page> pages = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  /** Goes up on every clear; a page rendered while it moved may show old content. */
  private final AtomicLong epoch = new AtomicLong();

  /** The day the kept pages were rendered on. */
  private final AtomicReference<LocalDate> day =
      new AtomicReference<>(LocalDate.now(AuditTrail.ZONE));

  private final int maxEntries;
  private final long maxBytes;
  private final int maxPageBytes;

  protected PageCache() {
    this(0, 0, 0);
  }

  @Inject
  public PageCache(
      @ConfigProperty(name = "wegwijzer.page-cache.entries", defaultValue = "2000") int maxEntries,
      @ConfigProperty(name = "wegwijzer.page-cache.bytes", defaultValue = "33554432") long maxBytes,
      @ConfigProperty(name = "wegwijzer.page-cache.page-bytes", defaultValue = "524288")
          int maxPageBytes) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.maxPageBytes = maxPageBytes;
  }

  /**
   * A rendered page: its body and its Content-Security-Policy split at the nonce (a single part
   * when there is none), the other headers the page set, and its entity tag.
   */
  public record Page(
      List<byte[]> body,
      List<byte[]> deflated,
      List<String> policy,
      String contentType,
      Map<String, String> headers,
      String etag,
      int size) {

    /** The body with a nonce between its parts. */
    byte[] bodyWith(String nonce) {
      byte[] between = nonce.getBytes(StandardCharsets.US_ASCII);
      byte[] out = new byte[size + (body.size() - 1) * between.length];
      int at = 0;
      for (int i = 0; i < body.size(); i++) {
        if (i > 0) {
          System.arraycopy(between, 0, out, at, between.length);
          at += between.length;
        }
        byte[] part = body.get(i);
        System.arraycopy(part, 0, out, at, part.length);
        at += part.length;
      }
      return out;
    }

    /** The body gzipped, with a nonce between its parts. */
    byte[] gzipWith(String nonce) {
      return GzipTemplate.with(body, deflated, nonce);
    }

    /** What it takes in memory, roughly. */
    int weight() {
      return size + deflated.stream().mapToInt(p -> p.length).sum();
    }

    /** The Content-Security-Policy with this nonce, or empty when the page set none. */
    Optional<String> policyWith(String nonce) {
      return policy.isEmpty() ? Optional.empty() : Optional.of(String.join(nonce, policy));
    }
  }

  public long epoch() {
    return epoch.get();
  }

  public Optional<Page> find(String key) {
    LocalDate today = LocalDate.now(AuditTrail.ZONE);
    LocalDate seen = day.get();
    if (!today.equals(seen) && day.compareAndSet(seen, today)) {
      // Some answers hold "as of today" (the coordinator finder, the route's coordinator): a
      // coordination point's new version takes effect on its day without a new publication.
      clear("a new day");
    }
    return Optional.ofNullable(pages.get(key));
  }

  /**
   * Keeps a page, unless the cache was cleared since its rendering began (at {@code renderedIn}):
   * it may have been read before the change was committed.
   */
  public void store(String key, Page page, long renderedIn) {
    if (page.size() > maxPageBytes || maxEntries <= 0) {
      return;
    }
    Page previous = pages.put(key, page);
    bytes.addAndGet(page.weight() - (previous == null ? 0 : previous.weight()));
    if (epoch.get() != renderedIn) {
      // A clear ran meanwhile; take this page out again (the clear may have missed it).
      if (pages.remove(key, page)) {
        bytes.addAndGet(-page.weight());
      }
      return;
    }
    makeRoom();
  }

  private void makeRoom() {
    Iterator<Map.Entry<String, Page>> entries = pages.entrySet().iterator();
    while ((pages.size() > maxEntries || bytes.get() > maxBytes) && entries.hasNext()) {
      Map.Entry<String, Page> entry = entries.next();
      if (pages.remove(entry.getKey(), entry.getValue())) {
        bytes.addAndGet(-entry.getValue().weight());
      }
    }
  }

  public void clear(String why) {
    epoch.incrementAndGet();
    int count = pages.size();
    pages.clear();
    bytes.set(0);
    LOG.fine(() -> "Page cache cleared (" + count + " pages): " + why);
  }

  public int size() {
    return pages.size();
  }

  /** On this server: right after the change commits. Other servers learn of it by polling. */
  void publishedContentChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) PublishedContentChanged change) {
    clear(change.what() + " (generation " + change.generation() + ")");
  }

  /** A fresh CSP nonce, in characters that need no escaping in HTML or JavaScript. */
  public static String newNonce() {
    byte[] random = new byte[NONCE_BYTES];
    RANDOM.get().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /**
   * Makes the template of a rendered page: the body and policy split at the nonce that the policy
   * names.
   */
  public static Page template(
      byte[] body,
      String policy,
      String contentType,
      Map<String, String> headers,
      String language) {
    String nonce = policy == null ? null : nonceIn(policy);
    List<byte[]> parts = nonce == null ? List.of(body) : split(body, nonce);
    List<String> policyParts =
        policy == null
            ? List.of()
            : nonce == null ? List.of(policy) : List.of(policy.split(Pattern.quote(nonce), -1));
    int size = parts.stream().mapToInt(p -> p.length).sum();
    return new Page(
        parts,
        GzipTemplate.deflate(parts),
        policyParts,
        contentType,
        Map.copyOf(headers),
        etag(parts, language),
        size);
  }

  static String nonceIn(String policy) {
    int start = policy.indexOf("'nonce-");
    if (start < 0) {
      return null;
    }
    int end = policy.indexOf('\'', start + 7);
    return end < 0 ? null : policy.substring(start + 7, end);
  }

  private static List<byte[]> split(byte[] body, String nonce) {
    byte[] needle = nonce.getBytes(StandardCharsets.US_ASCII);
    List<byte[]> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= body.length - needle.length; i++) {
      if (matchesAt(body, i, needle)) {
        parts.add(Arrays.copyOfRange(body, from, i));
        i += needle.length - 1;
        from = i + 1;
      }
    }
    parts.add(Arrays.copyOfRange(body, from, body.length));
    return List.copyOf(parts);
  }

  private static boolean matchesAt(byte[] body, int at, byte[] needle) {
    for (int j = 0; j < needle.length; j++) {
      if (body[at + j] != needle[j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A weak tag (the bytes differ in their nonce) from the page without its nonce and without the
   * random id PrimeFaces gives its inline script, and the language: the same on every server and
   * after a clear when the content did not change, so revalidations there still get 304.
   */
  private static String etag(List<byte[]> parts, String language) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        String text = new String(part, StandardCharsets.ISO_8859_1);
        digest.update(
            SCRIPT_ID.matcher(text).replaceAll("$1").getBytes(StandardCharsets.ISO_8859_1));
        digest.update((byte) 0);
      }
      return "W/\"" + language + "-" + HexFormat.of().formatHex(digest.digest(), 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SecureRandom newRandom() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }
}
