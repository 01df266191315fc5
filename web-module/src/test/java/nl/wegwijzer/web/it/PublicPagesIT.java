package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public pages over HTTP: content, errors and the security headers of every response. */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Lanes.PUBLIC_SITE, mode = ResourceAccessMode.READ)
@ResourceLock("PublicPagesIT")
@ExtendWith(RunningApp.class)
class PublicPagesIT {

  private static final java.util.regex.Pattern STACK_FRAME =
      java.util.regex.Pattern.compile("at [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");

  /** No stack frame and no exception message (PrimeFaces names an exception class in its JS). */
  private static void assertNoStackTrace(Api.Answer answer) {
    assertFalse(STACK_FRAME.matcher(answer.body()).find(), answer.body());
    assertFalse(answer.body().contains("Exception:"), answer.body());
    assertFalse(answer.body().contains("InvalidInputException"), answer.body());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/organisaties",
        "/organisaties?q=opvang",
        "/zorgcoordinator",
        "/api/regions",
        "/bestaat-niet"
      })
  void everyResponseCarriesTheSecurityHeaders(String path) {
    Api.Answer answer = Api.get(path);
    assertEquals("nosniff", answer.header("x-content-type-options"));
    assertEquals("no-referrer", answer.header("referrer-policy"));
    String csp = answer.header("content-security-policy");
    assertNotNull(csp, path);
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertFalse(csp.replaceAll("style-src[^;]*", "").contains("unsafe-inline"), csp);
  }

  @Test
  void pagesGetAScriptNonceFromPrimeFaces() {
    Api.Answer home = Api.get("/");
    String csp = home.header("content-security-policy");
    assertTrue(csp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), csp);
    String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertTrue(home.body().contains("nonce=\"" + nonce + "\""), "inline scripts carry the nonce");
    assertNotEquals(
        nonce,
        Api.get("/").header("content-security-policy").replaceAll(".*'nonce-([^']+)'.*", "$1"));
  }

  private static void assertNotEquals(String a, String b) {
    assertFalse(a.equals(b), "a fresh nonce per response");
  }

  @Test
  void theHomePageOffersSearchCoordinatorEmergencyNumbersAndQuickExit() {
    Api.Answer home = Api.get("/");
    assertEquals(200, home.status());
    assertTrue(home.body().contains("lang=\"nl\""));
    assertTrue(home.body().contains("href=\"tel:112\""));
    assertTrue(home.body().contains("id=\"quick-exit\""));
    assertTrue(
        home.body().contains("action=\"/organisaties\""), "the home page searches the directory");
    assertTrue(home.body().contains("href=\"/zoeken\""), "the site search stays one link away");
    assertTrue(home.body().contains("href=\"/beschermen\""));
    assertTrue(home.body().contains("action=\"/zorgcoordinator\""));
  }

  @Test
  void theSearchPageShowsResultsAndAHelpfulEmptyState() {
    Api.Answer results = Api.get("/organisaties", Map.of("q", "opvang", "region", "zeeland"));
    assertEquals(200, results.status());
    assertTrue(
        results.body().contains("organisaties gevonden")
            || results.body().contains("1 organisatie gevonden"));
    assertTrue(results.body().contains("href=\"/organisaties/"));

    Api.Answer empty = Api.get("/organisaties", Map.of("q", "xyzzyonbekend"));
    assertTrue(empty.body().contains("id=\"empty-state\""));
    assertTrue(empty.body().contains("href=\"/zorgcoordinator\""));
  }

  @Test
  void badFiltersOnTheSearchPageBecomeAMessage() {
    Api.Answer answer =
        Api.get("/organisaties", Map.of("municipality", "Atlantis", "need", "shelter"));
    assertEquals(200, answer.status());
    assertTrue(answer.body().contains("We kennen geen gemeente"), answer.body());
    assertNoStackTrace(answer);
    Api.Answer tampered = Api.get("/organisaties", Map.of("need", "<script>alert(1)</script>"));
    assertEquals(200, tampered.status());
    assertFalse(tampered.body().contains("<script>alert(1)</script>"));
    assertNoStackTrace(tampered);
  }

  @Test
  void aProfileHasAReadableUrlAndNeverShowsAShelterAddress() {
    Api.Answer profile = Api.get("/organisaties/stichting-brugplaats-categorale-opvang");
    assertEquals(200, profile.status());
    assertTrue(profile.body().contains("Stichting Brugplaats Categorale Opvang"));
    assertTrue(profile.body().contains("Vertrouwelijk adres"));
    String json = Api.get("/api/organisations/stichting-brugplaats-categorale-opvang").body();
    assertFalse(json.contains("\"street\""), json);
  }

  @Test
  void theCoordinatorFinderAnswersFromTheUrl() {
    Api.Answer zeeland = Api.get("/zorgcoordinator", Map.of("plaats", "4331"));
    assertTrue(zeeland.body().contains("id=\"coordinator-answer\""));
    assertTrue(zeeland.body().contains("Regio Zeeland"));
    assertFalse(zeeland.body().contains("id=\"age-form\""));

    Api.Answer amsterdam = Api.get("/zorgcoordinator", Map.of("plaats", "Amsterdam"));
    assertTrue(amsterdam.body().contains("id=\"age-form\""));
    Api.Answer young = Api.get("/zorgcoordinator", Map.of("plaats", "Amsterdam", "leeftijd", "16"));
    assertFalse(young.body().contains("id=\"age-form\""));
    assertTrue(young.body().contains("jonger dan 18"));

    Api.Answer unknown = Api.get("/zorgcoordinator", Map.of("plaats", "Atlantis"));
    assertTrue(unknown.body().contains("id=\"place-problem\""));
    assertNoStackTrace(unknown);
  }

  @Test
  void unknownPagesGetAFriendlyDutchPage() {
    Api.Answer missing = Api.get("/organisaties/bestaat-niet");
    assertEquals(404, missing.status());
    assertTrue(missing.body().contains("Pagina niet gevonden"), missing.body());
    assertNoStackTrace(missing);
    Api.Answer nowhere = Api.get("/nergens/heen");
    assertEquals(404, nowhere.status());
    assertTrue(nowhere.body().contains("Pagina niet gevonden"));
  }
}
