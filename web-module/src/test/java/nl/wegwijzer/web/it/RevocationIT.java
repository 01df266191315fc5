package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Revoked means revoked: a coordinator's open session and bearer token stop giving access when the
 * coordinator is disabled or loses the role or a region, through /beheer from the very next request
 * (the app ends the Keycloak sessions and its own), and directly in Keycloak within a minute. Each
 * test has a coordinator of its own, made in Keycloak, so the demo users stay as they are.
 */
class RevocationIT extends BrowserTest {

  /** Issue 19: a change made directly in Keycloak counts within this long. */
  static final Duration PROMISED = Duration.ofSeconds(60);

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A coordinator for these regions, made directly in Keycloak; answers the user name. */
  static String newCoordinator(String... regions) {
    String name = "revoke-" + Long.toString(System.nanoTime(), 36);
    StringBuilder codes = new StringBuilder();
    for (String region : regions) {
      codes.append(codes.isEmpty() ? "" : ",").append('"').append(region).append('"');
    }
    String user =
        """
        {"username": "%s", "firstName": "Test", "lastName": "Coördinator",
         "email": "%s@wegwijzer.example", "emailVerified": true, "enabled": true,
         "attributes": {"regions": [%s]},
         "credentials": [{"type": "password", "value": "%s", "temporary": false}]}
        """
            .formatted(name, name, codes, Keycloak.PASSWORD);
    HttpResponse<String> created = Keycloak.admin("POST", "/users", user);
    assertEquals(201, created.statusCode(), created.body());
    String id = idOf(name);
    String role = coordinatorRole(id + "/role-mappings/realm/available");
    HttpResponse<String> mapped =
        Keycloak.admin("POST", "/users/" + id + "/role-mappings/realm", "[" + role + "]");
    assertEquals(204, mapped.statusCode(), mapped.body());
    return name;
  }

  /**
   * The coordinator role's representation among a user's role mappings (the service account may not
   * read the realm's roles themselves).
   */
  static String coordinatorRole(String mappingsOfUser) {
    try (var reader =
        Json.createReader(new StringReader(Keycloak.admin("/users/" + mappingsOfUser)))) {
      return reader.readArray().stream()
          .map(jakarta.json.JsonValue::asJsonObject)
          .filter(role -> role.getString("name").equals("coordinator"))
          .findFirst()
          .orElseThrow()
          .toString();
    }
  }

  static String idOf(String userName) {
    try (var reader =
        Json.createReader(
            new StringReader(Keycloak.admin("/users?exact=true&username=" + userName)))) {
      return reader.readArray().getJsonObject(0).getString("id");
    }
  }

  /** A signal in the municipality's region, registered with the coordinator's token. */
  static String signalIn(String municipality, String token) throws Exception {
    return signalIn(RunningApp.baseUrl(), municipality, token);
  }

  /** The same at another deployment: a node or the balancer of a cluster. */
  static String signalIn(String baseUrl, String municipality, String token) throws Exception {
    String body =
        """
        {"intakeDate": "2026-03-10", "channel": "phone", "reporterType": "police",
         "municipality": "%s", "forms": ["labour"], "sector": "agriculture",
         "indicators": ["geen-eigen-id"], "interpreterNeeded": false,
         "residenceStatus": "eu-citizen",
         "account": "Revocation check.", "pseudonym": "R.", "birthYear": 1990,
         "gender": "female", "nationality": "RO", "consent": "given", "consentSignedBy": "person"}
        """
            .formatted(municipality);
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/signals"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, answer.statusCode(), answer.body());
    try (var reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject().getString("reference");
    }
  }

  static int api(String path, String token) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + path))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String screen(Keycloak.Session session, String path) {
    return session.outcome(RunningApp.baseUrl() + path);
  }

  /** Waits until the answer is the expected one; answers how long that took. */
  static Duration within(Duration limit, String expected, Supplier<Object> answer)
      throws InterruptedException {
    Instant start = Instant.now();
    Object last = null;
    while (Duration.between(start, Instant.now()).compareTo(limit) < 0) {
      last = answer.get();
      if (expected.equals(String.valueOf(last))) {
        return Duration.between(start, Instant.now());
      }
      Thread.sleep(500);
    }
    throw new AssertionError("still " + last + " after " + limit + ", expected " + expected);
  }

  private static int keycloakSessions(String userName) {
    try (var reader =
        Json.createReader(
            new StringReader(Keycloak.admin("/users/" + idOf(userName) + "/sessions")))) {
      JsonArray sessions = reader.readArray();
      return sessions.size();
    }
  }

  private void asAdminOpen(String path) {
    open(path);
    logInAs("admin");
    wait.until(ExpectedConditions.urlContains(RunningApp.baseUrl() + path));
  }

  @Test
  void aCoordinatorDisabledInBeheerLosesSessionAndTokenAtTheVeryNextRequest() throws Exception {
    String name = newCoordinator("zeeland");
    Keycloak.Session session = Keycloak.Session.loggedIn(name, "/coordinatie");
    String token = Keycloak.token(name);
    assertEquals("200", screen(session, "/coordinatie/signalen"));
    assertEquals(200, api("/api/signals", token));
    ChromeDriver coordinatorsBrowser = Browser.take();
    try {
      WebDriverWait coordinatorWaits =
          new WebDriverWait(coordinatorsBrowser, Duration.ofSeconds(20));
      coordinatorsBrowser.get(RunningApp.baseUrl() + "/coordinatie/signalen");
      coordinatorWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
      coordinatorsBrowser.findElement(By.id("username")).sendKeys(name);
      coordinatorsBrowser.findElement(By.id("password")).sendKeys(Keycloak.PASSWORD);
      coordinatorsBrowser.findElement(By.cssSelector("[type=submit]")).click();
      coordinatorWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-user")));
      assertTrue(keycloakSessions(name) >= 2, "logged in twice at Keycloak");

      asAdminOpen("/beheer/gebruikers/" + name);
      submit(By.id("status:disable"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
      submit(By.id("status:confirm-disable"));

      assertEquals("login", screen(session, "/coordinatie/signalen"));
      assertEquals(401, api("/api/signals", token));
      assertEquals(0, keycloakSessions(name), "the Keycloak sessions are ended too");
      coordinatorsBrowser.navigate().refresh();
      coordinatorWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
      assertTrue(coordinatorsBrowser.getCurrentUrl().startsWith(Keycloak.REALM));
    } finally {
      Browser.release(coordinatorsBrowser);
    }
  }

  @Test
  void aUserDeletedInKeycloakLosesSessionAndTokenWithinAMinute() throws Exception {
    String name = newCoordinator("zeeland");
    Keycloak.Session session = Keycloak.Session.loggedIn(name, "/coordinatie");
    String token = Keycloak.token(name);
    assertEquals("200", screen(session, "/coordinatie/signalen"));
    assertEquals(204, Keycloak.admin("DELETE", "/users/" + idOf(name), null).statusCode());
    within(PROMISED, "login", () -> screen(session, "/coordinatie/signalen"));
    within(PROMISED, "401", () -> api("/api/signals", token));
  }

  @Test
  void aRegionOrTheRoleTakenInBeheerEndsTheSessionAndTheNextLoginHasLess() throws Exception {
    String name = newCoordinator("zeeland", "utrecht");
    String token = Keycloak.token(name);
    String utrechtSignal = signalIn("Utrecht", token);
    Keycloak.Session session = Keycloak.Session.loggedIn(name, "/coordinatie");
    assertEquals("200", screen(session, "/coordinatie/signalen/" + utrechtSignal));

    asAdminOpen("/beheer/gebruikers/" + name);
    browser.findElement(By.cssSelector("input[name='regions:region'][value='utrecht']")).click();
    submit(By.id("regions:save-regions"));

    assertEquals("login", screen(session, "/coordinatie/signalen/" + utrechtSignal));
    assertEquals(401, api("/api/signals/" + utrechtSignal, token), "the old token");
    session = Keycloak.Session.loggedIn(name, "/coordinatie");
    assertEquals("404", screen(session, "/coordinatie/signalen/" + utrechtSignal));
    assertEquals("200", screen(session, "/coordinatie/signalen"));
    assertEquals(404, api("/api/signals/" + utrechtSignal, Keycloak.token(name)));

    open("/beheer/gebruikers/" + name);
    browser.findElement(By.cssSelector("input[name='roles:role'][value='coordinator']")).click();
    submit(By.id("roles:save-roles"));

    assertEquals("login", screen(session, "/coordinatie/signalen"));
    session = Keycloak.Session.loggedIn(name, "/coordinatie");
    assertEquals("403", screen(session, "/coordinatie/signalen"));
    assertEquals(403, api("/api/signals", Keycloak.token(name)));
  }

  /**
   * Three coordinators, each changed directly in Keycloak in another way (a region, the role, the
   * account disabled), all at once: the app asks Keycloak again only every so often, and each
   * change is timed from its own moment while the three wait together rather than one after the
   * other.
   */
  @Test
  void changesMadeDirectlyInKeycloakCountWithinAMinute() throws Exception {
    String regionLoser = newCoordinator("zeeland", "utrecht");
    String roleLoser = newCoordinator("zeeland");
    String disabledOne = newCoordinator("zeeland");
    String regionToken = Keycloak.token(regionLoser);
    String roleToken = Keycloak.token(roleLoser);
    String disabledToken = Keycloak.token(disabledOne);
    String utrechtSignal = signalIn("Utrecht", regionToken);
    Keycloak.Session regionSession = Keycloak.Session.loggedIn(regionLoser, "/coordinatie");
    Keycloak.Session roleSession = Keycloak.Session.loggedIn(roleLoser, "/coordinatie");
    Keycloak.Session disabledSession = Keycloak.Session.loggedIn(disabledOne, "/coordinatie");
    assertEquals("200", screen(regionSession, "/coordinatie/signalen/" + utrechtSignal));
    assertEquals("200", screen(roleSession, "/coordinatie/signalen"));
    assertEquals("200", screen(disabledSession, "/coordinatie/signalen"));
    assertEquals(200, api("/api/me", disabledToken));

    String regionId = idOf(regionLoser);
    String withZeelandOnly =
        Keycloak.admin("/users/" + regionId)
            .replaceAll("\"regions\"\\s*:\\s*\\[[^]]*]", "\"regions\":[\"zeeland\"]");
    Instant regionTaken = Instant.now();
    assertEquals(204, Keycloak.admin("PUT", "/users/" + regionId, withZeelandOnly).statusCode());

    String roleId = idOf(roleLoser);
    String role = coordinatorRole(roleId + "/role-mappings/realm");
    Instant roleTaken = Instant.now();
    assertEquals(
        204,
        Keycloak.admin("DELETE", "/users/" + roleId + "/role-mappings/realm", "[" + role + "]")
            .statusCode());

    String disabledId = idOf(disabledOne);
    String disabled =
        Keycloak.admin("/users/" + disabledId).replace("\"enabled\":true", "\"enabled\":false");
    Instant disabledAt = Instant.now();
    assertEquals(204, Keycloak.admin("PUT", "/users/" + disabledId, disabled).statusCode());

    Duration regionTook =
        counted(
            regionTaken,
            "404",
            () -> screen(regionSession, "/coordinatie/signalen/" + utrechtSignal));
    assertEquals(
        404, api("/api/signals/" + utrechtSignal, regionToken), "the token's region is gone");
    assertEquals("200", screen(regionSession, "/coordinatie/signalen"), "the other region stays");

    Duration roleTook =
        counted(roleTaken, "403", () -> screen(roleSession, "/coordinatie/signalen"));
    assertEquals(401, api("/api/signals", roleToken), "a token that carries the role is outdated");
    String newer = Keycloak.token(roleLoser);
    assertEquals(403, api("/api/signals", newer));
    assertEquals(200, api("/api/me", newer));

    Duration disableTook =
        counted(disabledAt, "login", () -> screen(disabledSession, "/coordinatie/signalen"));
    counted(disabledAt, "401", () -> api("/api/me", disabledToken));

    System.out.printf(
        "RevocationIT: changes in Keycloak counted after %s (region), %s (role), %s (disabled)%n",
        regionTook, roleTook, disableTook);
    for (Duration took : List.of(regionTook, roleTook, disableTook)) {
      assertTrue(took.compareTo(PROMISED) < 0, took.toString());
    }
  }

  /**
   * Waits until the answer is the expected one, at most until {@link #PROMISED} after the change;
   * answers how long after the change that was.
   */
  private static Duration counted(Instant changed, String expected, Supplier<Object> answer)
      throws InterruptedException {
    Duration left = PROMISED.minus(Duration.between(changed, Instant.now()));
    within(left.isNegative() ? Duration.ZERO : left, expected, answer);
    return Duration.between(changed, Instant.now());
  }
}
