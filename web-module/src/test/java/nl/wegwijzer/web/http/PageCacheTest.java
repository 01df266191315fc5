package nl.wegwijzer.web.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The page templates: a fresh nonce in every copy, plain and gzipped, and the cache's bounds. */
class PageCacheTest {

  private static final String OLD = "T2xkTm9uY2VGcm9tUHJpbWVGYWNlcw";
  private static final String POLICY = "script-src 'self' 'nonce-" + OLD + "'";

  private static byte[] page(String nonce) {
    StringBuilder html = new StringBuilder("<script nonce=\"" + nonce + "\"></script>");
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      html.append("<p>regel ").append(random.nextInt(1000)).append(" van de stap</p>\n");
    }
    html.append("<script nonce=\"").append(nonce).append("\">init('").append(nonce);
    html.append("')</script>").append(nonce);
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static PageCache.Page template() {
    return PageCache.template(page(OLD), POLICY, "text/html", Map.of(), "nl");
  }

  @Test
  void everyCopyHasTheNewNonceEverywhereTheOldOneStood() throws IOException {
    PageCache.Page template = template();
    String nonce = PageCache.newNonce();
    assertArrayEquals(page(nonce), template.bodyWith(nonce));
    assertEquals("script-src 'self' 'nonce-" + nonce + "'", template.policyWith(nonce).get());
    byte[] gzipped = template.gzipWith(nonce);
    assertTrue(gzipped.length < page(nonce).length / 3, "compressed: " + gzipped.length);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      assertArrayEquals(page(nonce), in.readAllBytes());
    }
  }

  @Test
  void aPageWithoutPolicyOrNonceIsKeptAsItIs() throws IOException {
    byte[] body = "<p>geen script</p>".getBytes(StandardCharsets.UTF_8);
    PageCache.Page template = PageCache.template(body, null, "text/html", Map.of(), "en");
    assertArrayEquals(body, template.bodyWith("x"));
    assertTrue(template.policyWith("x").isEmpty());
    try (GZIPInputStream in =
        new GZIPInputStream(new ByteArrayInputStream(template.gzipWith("x")))) {
      assertArrayEquals(body, in.readAllBytes());
    }
  }

  @Test
  void noncesAreFreshAndSafeInHtmlAndJavaScript() {
    Set<String> nonces = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String nonce = PageCache.newNonce();
      assertTrue(nonce.matches("[A-Za-z0-9_-]{24}"), nonce);
      nonces.add(nonce);
    }
    assertEquals(1000, nonces.size());
  }

  @Test
  void theTagNamesTheLanguageAndIgnoresTheNonce() {
    PageCache.Page dutch = template();
    PageCache.Page again =
        PageCache.template(
            page("QW5vdGhlck5vbmNlRnJvbVByaW1lRmFjZXM"),
            POLICY.replace(OLD, "QW5vdGhlck5vbmNlRnJvbVByaW1lRmFjZXM"),
            "text/html",
            Map.of(),
            "nl");
    PageCache.Page english = PageCache.template(page(OLD), POLICY, "text/html", Map.of(), "en");
    assertEquals(dutch.etag(), again.etag());
    assertNotEquals(dutch.etag(), english.etag());
    assertTrue(english.etag().startsWith("W/\"en-"), english.etag());
  }

  @Test
  void theTagIgnoresTheRandomIdOfPrimeFacesInlineScript() {
    String first =
        "<script id=\"488abef1-796c-4629-bea3-eb6fc69f1fdb\">x;"
            + "document.getElementById('488abef1-796c-4629-bea3-eb6fc69f1fdb').remove();</script>";
    String second =
        first.replace("488abef1-796c-4629-bea3-eb6fc69f1fdb", UUID.randomUUID().toString());
    String changed = second.replace("x;", "y;");
    assertEquals(etagOf(first), etagOf(second));
    assertNotEquals(etagOf(first), etagOf(changed));
  }

  private static String etagOf(String html) {
    return PageCache.template(
            html.getBytes(StandardCharsets.UTF_8), null, "text/html", Map.of(), "nl")
        .etag();
  }

  @Test
  void theCacheKeepsToItsBoundsAndDropsAPageRenderedDuringAClear() {
    PageCache cache = new PageCache(3, 10_000_000, 1_000_000);
    for (int i = 0; i < 10; i++) {
      cache.store("/p" + i, template(), cache.epoch());
    }
    assertEquals(3, cache.size());

    long renderingBegan = cache.epoch();
    cache.clear("a publication");
    cache.store("/stale", template(), renderingBegan);
    assertFalse(cache.find("/stale").isPresent(), "rendered before the change: not kept");
    cache.store("/fresh", template(), cache.epoch());
    assertTrue(cache.find("/fresh").isPresent());

    PageCache small = new PageCache(100, template().weight() * 2L, 1_000_000);
    for (int i = 0; i < 5; i++) {
      small.store("/p" + i, template(), small.epoch());
    }
    assertTrue(small.size() <= 2, "bounded in bytes: " + small.size());
    PageCache tiny = new PageCache(100, 10_000_000, 10);
    tiny.store("/big", template(), tiny.epoch());
    assertEquals(0, tiny.size(), "a page above the per-page bound is not kept");
  }
}
