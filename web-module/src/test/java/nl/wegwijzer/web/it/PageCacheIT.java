package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public pages as anonymous visitors and shared caches get them: no session and no cookie, an
 * entity tag with the language, {@code public} caching with revalidation, 304 for a current copy, a
 * fresh CSP nonce in every response even when the page comes from the server's page cache; and
 * nothing of a logged-in person's view ever cached or shown to others.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.PUBLIC_SITE)
@Order(Lanes.AFTER_THE_READERS)
@ExtendWith(RunningApp.class)
class PageCacheIT {

  private static final String PUBLIC = "public, max-age=0, must-revalidate, s-maxage=1";
  private static final String STEP = "/signaleren/herkennen-en-melden";
  private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/signaleren",
        STEP,
        "/route-op-maat",
        "/zorgcoordinator",
        "/zorgcoordinator?plaats=Almere",
        "/zoeken?q=opvang",
        "/informatie",
        "/nieuws",
        "/vragen",
        "/verhalen",
        "/documenten",
        "/signalen-herkennen",
        "/toegankelijkheid",
        "/organisaties",
        "/organisaties?need=shelter&page=2",
        "/organisaties/advocatencollectief-binnenduin"
      })
  void anAnonymousVisitorGetsNoCookieAndACacheablePage(String path) {
    for (int visit = 0; visit < 2; visit++) {
      Api.Answer page = Api.get(path);
      assertEquals(200, page.status(), path);
      assertNull(page.header("set-cookie"), path + " sets no cookie (visit " + visit + ")");
      assertEquals(PUBLIC, page.header("cache-control"), path);
      String etag = page.header("etag");
      assertNotNull(etag, path);
      assertTrue(etag.matches("W/\"nl-[0-9a-f]+\""), etag);
      assertNonceMatches(page);
    }
  }

  /**
   * The directory pages by plain links: the second page of a search is its own address, cached like
   * any public page, with other organisations than the first, and its paginator keeps the filters.
   */
  @Test
  void theDirectorysSecondPageIsAPlainCacheablePageThatKeepsTheFilters() {
    Api.Answer first = Api.get("/organisaties?need=shelter");
    Api.Answer second = Api.get("/organisaties?need=shelter&page=2");
    for (Api.Answer page : new Api.Answer[] {first, second}) {
      assertEquals(200, page.status());
      assertNull(page.header("set-cookie"));
      assertNotNull(page.header("etag"));
      assertEquals(PUBLIC, page.header("cache-control"));
      assertFalse(page.body().contains("jakarta.faces.ViewState"), "nothing posts back");
    }
    assertNotEquals(first.header("etag"), second.header("etag"));
    Set<String> onFirst = resultLinks(first.body());
    Set<String> onSecond = resultLinks(second.body());
    assertEquals(20, onFirst.size(), "a full first page");
    assertFalse(onSecond.isEmpty(), "shelter has more than 20 organisations in the demo data");
    assertTrue(onSecond.stream().noneMatch(onFirst::contains), "page 2 shows other organisations");

    assertTrue(
        first
            .body()
            .contains(
                "rel=\"next\" class=\"pager-next\" href=\"/organisaties?need=shelter&amp;page=2#resultaten\""),
        "next keeps the filter");
    assertTrue(
        second
            .body()
            .contains(
                "rel=\"prev\" class=\"pager-previous\" href=\"/organisaties?need=shelter#resultaten\""),
        "previous keeps the filter");
    assertTrue(
        second.body().matches("(?s).*<a href=\"[^\"]*page=2#resultaten\" aria-current=\"page\".*"),
        "the current page is marked");
    assertEquals(
        second.header("etag"), Api.get("/organisaties?need=shelter&page=2").header("etag"));
    assertEquals(
        304,
        Api.getWith(
                "/organisaties?need=shelter&page=2", Map.of("If-None-Match", second.header("etag")))
            .status());
  }

  @Test
  void aWrongPageNumberShowsTheFirstOrTheLastPageNotAnError() {
    Set<String> first = resultLinks(Api.get("/organisaties?need=shelter").body());
    Set<String> last = resultLinks(Api.get("/organisaties?need=shelter&page=2").body());
    for (String wrong : new String[] {"abc", "-1", "0", "1e3", "%3Cscript%3E"}) {
      Api.Answer page = Api.get("/organisaties?need=shelter&page=" + wrong);
      assertEquals(200, page.status(), wrong);
      assertEquals(first, resultLinks(page.body()), wrong);
    }
    for (String beyond : new String[] {"3", "99", "2147483648", "99999999999999999999"}) {
      Api.Answer page = Api.get("/organisaties?need=shelter&page=" + beyond);
      assertEquals(200, page.status(), beyond);
      assertEquals(last, resultLinks(page.body()), beyond);
    }
  }

  private static Set<String> resultLinks(String body) {
    Set<String> links = new HashSet<>();
    Matcher found =
        Pattern.compile("<h2 class=\"result-title\"><a href=\"([^\"]+)\"").matcher(body);
    while (found.find()) {
      links.add(found.group(1));
    }
    return links;
  }

  @Test
  void aCurrentCopyIsAnswered304WithoutBodyOrPolicy() {
    Api.Answer first = Api.get(STEP);
    String etag = first.header("etag");
    Api.Answer again = Api.getWith(STEP, Map.of("If-None-Match", etag));
    assertEquals(304, again.status());
    assertEquals("", again.body());
    assertEquals(etag, again.header("etag"));
    assertEquals(PUBLIC, again.header("cache-control"));
    // The browser keeps the policy whose nonce matches its copy.
    assertNull(again.header("content-security-policy"));

    Api.Answer other = Api.getWith(STEP, Map.of("If-None-Match", "W/\"nl-0000\""));
    assertEquals(200, other.status());
    assertTrue(other.body().contains("</html>"));
  }

  @Test
  void everyResponseHasItsOwnNonceAlsoFromTheCache() {
    Set<String> nonces = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      Api.Answer page = Api.get(STEP);
      nonces.add(assertNonceMatches(page));
    }
    assertEquals(5, nonces.size(), "five responses, five nonces: " + nonces);
  }

  @Test
  void dutchAndEnglishNeverCross() {
    Api.Answer dutch = Api.get(STEP);
    Api.Answer english = Api.get(STEP + "?lang=en");
    assertTrue(dutch.body().matches("(?s).*<html[^>]* lang=\"nl\".*"), dutch.body());
    assertTrue(english.body().matches("(?s).*<html[^>]* lang=\"en\".*"), english.body());
    assertNotEquals(dutch.header("etag"), english.header("etag"));
    assertTrue(english.header("etag").startsWith("W/\"en-"), english.header("etag"));

    // The remembered choice: same address, other language, other tag; a Dutch copy is not current.
    Map<String, String> englishCookie = Map.of("Cookie", "wegwijzer-lang=en");
    String rememberedTag = null;
    for (int i = 0; i < 2; i++) {
      Api.Answer remembered = Api.getWith(STEP, englishCookie);
      assertTrue(remembered.body().matches("(?s).*<html[^>]* lang=\"en\".*"), remembered.body());
      assertTrue(remembered.header("etag").startsWith("W/\"en-"), remembered.header("etag"));
      if (rememberedTag != null) {
        assertEquals(rememberedTag, remembered.header("etag"));
      }
      rememberedTag = remembered.header("etag");
      assertNull(remembered.header("set-cookie"));
      Api.Answer plain = Api.get(STEP);
      assertTrue(plain.body().matches("(?s).*<html[^>]* lang=\"nl\".*"), plain.body());
      assertEquals(dutch.header("etag"), plain.header("etag"));
    }
    Api.Answer revalidated =
        Api.getWith(
            STEP, Map.of("Cookie", "wegwijzer-lang=en", "If-None-Match", dutch.header("etag")));
    assertEquals(200, revalidated.status());
    assertTrue(revalidated.body().matches("(?s).*<html[^>]* lang=\"en\".*"), revalidated.body());
  }

  @Test
  void aLoggedInEditorsViewIsNeverStoredNorShownToOthers() {
    Keycloak.Session editor = Keycloak.Session.loggedIn("editor-a", "/redactie");
    HttpResponse<String> back = editor.get(RunningApp.baseUrl() + "/redactie");
    assertEquals(200, back.statusCode());
    assertEquals("no-store", back.headers().firstValue("cache-control").orElse(null));

    String path = "/signaleren?bekeken-door=redactie";
    HttpResponse<String> seen = editor.get(RunningApp.baseUrl() + path);
    assertEquals(200, seen.statusCode());
    assertEquals("no-store", seen.headers().firstValue("cache-control").orElse(null));
    assertTrue(seen.headers().firstValue("etag").isEmpty());

    // An anonymous visitor at the same address gets a page rendered for them, not the editor's.
    Api.Answer anonymous = Api.get(path);
    assertEquals(PUBLIC, anonymous.header("cache-control"));
    assertNull(anonymous.header("set-cookie"));
    String editorsNonce = nonceOf(seen.headers().firstValue("content-security-policy").get());
    assertNotEquals(editorsNonce, assertNonceMatches(anonymous));

    // A session cookie or a token: no-store, whatever page.
    assertEquals(
        "no-store", Api.getWith(STEP, Map.of("Cookie", "JSESSIONID=x")).header("cache-control"));
    assertEquals(
        "no-store", Api.getWith(STEP, Map.of("Authorization", "Bearer x")).header("cache-control"));
    assertEquals("no-store", Api.get("/api/cases").header("cache-control"));
  }

  @Test
  void theSignalFormIsNotCached() {
    Api.Answer form = Api.get("/signaal-melden");
    assertEquals(200, form.status());
    assertNull(form.header("etag"));
  }

  /** The policy's nonce, which every script tag and PrimeFaces' init carry; no other nonce. */
  private static String assertNonceMatches(Api.Answer page) {
    String nonce = nonceOf(page.header("content-security-policy"));
    Matcher inBody = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
    int scripts = 0;
    while (inBody.find()) {
      assertEquals(nonce, inBody.group(1));
      scripts++;
    }
    assertTrue(scripts > 0, "the page's scripts carry the nonce");
    assertTrue(page.body().contains("csp.init('" + nonce + "')"), "PrimeFaces gets the nonce");
    return nonce;
  }

  private static String nonceOf(String policy) {
    assertNotNull(policy);
    Matcher matcher = POLICY_NONCE.matcher(policy);
    assertTrue(matcher.find(), policy);
    String nonce = matcher.group(1);
    assertFalse(matcher.find(), "one nonce: " + policy);
    return nonce;
  }
}
