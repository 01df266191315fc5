package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Every screen path and API route against anonymous, editor, coordinator and admin, with real
 * Keycloak logins and tokens. docs/security.md shows the same table.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("AuthorizationMatrixIT")
@Order(Lanes.AFTER_THE_READERS)
@ExtendWith(RunningApp.class)
class AuthorizationMatrixIT {

  /** login = sent to Keycloak's login page; other values are HTTP statuses. */
  static final String[][] SCREENS = {
    // path,            anonymous, editor, coordinator, admin
    {"/", "200", "200", "200", "200"},
    {"/organisaties", "200", "200", "200", "200"},
    {"/organisaties/stichting-brugplaats-categorale-opvang", "200", "200", "200", "200"},
    {"/zorgcoordinator?plaats=Utrecht", "200", "200", "200", "200"},
    {"/beschermen", "200", "200", "200", "200"},
    {"/route-op-maat", "200", "200", "200", "200"},
    {"/zoeken?q=opvang", "200", "200", "200", "200"},
    {"/signalen-herkennen", "200", "200", "200", "200"},
    {"/redactie", "login", "200", "403", "403"},
    {"/redactie/organisaties/stichting-brugplaats-categorale-opvang", "login", "200", "403", "403"},
    {"/redactie/postcodes", "login", "200", "403", "403"},
    {"/redactie/coordinatoren?regio=zeeland", "login", "200", "403", "403"},
    {"/redactie/coordinatiepunten", "login", "200", "403", "403"},
    {"/redactie/coordinatiepunten/zeeland", "login", "200", "403", "403"},
    {"/redactie/gemeenteregio", "login", "200", "403", "403"},
    {"/redactie/gemeenteregio/zeewolde", "login", "200", "403", "403"},
    {"/coordinatie", "login", "403", "200", "403"},
    {"/beheer", "login", "403", "403", "200"},
    {"/beheer/gebruikers", "login", "403", "403", "200"},
    {"/beheer/gebruikers/nieuw", "login", "403", "403", "200"},
    {"/beheer/gebruikers/coordinator-zeeland", "login", "403", "403", "200"},
    {"/beheer/logboek", "login", "403", "403", "200"},
    {"/beheer/voorstellen", "login", "403", "403", "200"},
    {"/coordinatie/knelpunten", "login", "403", "200", "403"},
    {"/coordinatie/netwerk", "login", "403", "200", "403"},
    {"/coordinatie/netwerk?regio=groningen", "login", "403", "404", "403"},
    {"/coordinatie/kennisoverdracht", "login", "403", "200", "403"},
    {"/coordinatie/meldingen", "login", "403", "200", "403"},
    {"/redactie/knelpunten", "login", "200", "403", "403"},
    {"/signaal-melden", "200", "200", "200", "200"},
    {"/signaal-melden/ontvangen", "200", "200", "200", "200"},
    {"/coordinatie/signalen", "login", "403", "200", "403"},
    {"/coordinatie/signalen/nieuw", "login", "403", "200", "403"},
    {"/coordinatie/signalen/WW-ZZZZ-ZZZZ", "login", "403", "404", "403"},
    {"/coordinatie/signalen/WW-ZZZZ-ZZZZ/bewerken", "login", "403", "404", "403"},
    {"/coordinatie/zaken", "login", "403", "200", "403"},
    {"/coordinatie/zaken/ZK-2026-99999", "login", "403", "404", "403"},
    {"/coordinatie/rapportages", "login", "403", "200", "403"},
    {"/coordinatie/rapportages/landelijk.csv", "login", "403", "200", "403"},
    {"/sessie-verlengen", "login", "204", "204", "204"},
  };

  static final String[][] API = {
    // route,                               anonymous, editor, coordinator, admin
    {"/api/ping", "200", "200", "200", "200"},
    {"/api/regions", "200", "200", "200", "200"},
    {"/api/municipalities?q=utr", "200", "200", "200", "200"},
    {"/api/coordinators?municipality=Utrecht", "200", "200", "200", "200"},
    {"/api/organisations", "200", "200", "200", "200"},
    {"/api/organisations/stichting-brugplaats-categorale-opvang", "200", "200", "200", "200"},
    {"/api/phases", "200", "200", "200", "200"},
    {"/api/phases/beschermen", "200", "200", "200", "200"},
    {"/api/regulations", "200", "200", "200", "200"},
    {"/api/route?nationality=non-eu", "200", "200", "200", "200"},
    {"/api/search?q=aangifte", "200", "200", "200", "200"},
    {"/api/documents", "200", "200", "200", "200"},
    {"/api/me", "401", "200", "200", "200"},
    {"/api/feedback?page=/", "401", "200", "403", "403"},
    {"/api/signals", "401", "403", "200", "403"},
    {"/api/cases", "401", "403", "200", "403"},
    {"/api/transfers", "401", "403", "200", "403"},
    {"/api/coverage", "401", "200", "403", "403"},
  };

  private static final List<String> USERS =
      List.of("anonymous", "editor-a", "coordinator-zeeland", "admin");
  private static final Map<String, String> HOME_OF =
      Map.of("editor-a", "/redactie", "coordinator-zeeland", "/coordinatie", "admin", "/beheer");
  private static final Map<String, Keycloak.Session> SESSIONS = new LinkedHashMap<>();
  private static final Map<String, String> TOKENS = new LinkedHashMap<>();

  @BeforeAll
  static void logIn() {
    SESSIONS.put("anonymous", Keycloak.Session.anonymous());
    for (String user : USERS.subList(1, USERS.size())) {
      SESSIONS.put(user, Keycloak.Session.loggedIn(user, HOME_OF.get(user)));
      TOKENS.put(user, Keycloak.token(user));
    }
  }

  @Test
  void everyScreenPathForEveryRole() {
    List<String> wrong = new ArrayList<>();
    for (String[] row : SCREENS) {
      for (int column = 0; column < USERS.size(); column++) {
        String user = USERS.get(column);
        HttpResponse<String> answer = SESSIONS.get(user).get(RunningApp.baseUrl() + row[0]);
        String outcome =
            answer.statusCode() == 302
                    && answer.headers().firstValue("location").orElse("").startsWith(Keycloak.REALM)
                ? "login"
                : String.valueOf(answer.statusCode());
        if (!outcome.equals(row[column + 1])) {
          wrong.add(row[0] + " as " + user + ": " + outcome + ", expected " + row[column + 1]);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  /**
   * The screen table again, with every role's session asking its paths at the same moment, a second
   * coordinator beside the first, and each coordinator's own signal (200) and the other's (404).
   * One session must never lend rights to another or take them: Payara's OpenID Connect mechanism
   * restored a logged-in session's caller from state the request thread kept from an earlier
   * request, and under parallel load about one answer in twenty was a wrong 403.
   */
  @Test
  void everyScreenPathForEveryRoleWhileEveryoneAsksAtOnce() throws Exception {
    assertEquals(List.of(), wrongAnswersInParallel(RunningApp.baseUrl(), 6));
  }

  /** Coordinators beside the matrix's one, answered as that column. */
  private static final Map<String, String> SAME_COLUMN_AS =
      Map.of("coordinator-utrecht", "coordinator-zeeland");

  private static final Map<String, String> MUNICIPALITY_OF =
      Map.of("coordinator-zeeland", "Middelburg", "coordinator-utrecht", "Utrecht");

  /**
   * Logs in every role at {@code baseUrl} (a node or the cluster's balancer) and has each session
   * walk the screen table {@code rounds} times, all at once; answers what was answered wrongly.
   */
  static List<String> wrongAnswersInParallel(String baseUrl, int rounds) throws Exception {
    Map<String, String> ownSignal = new LinkedHashMap<>();
    for (String coordinator : MUNICIPALITY_OF.keySet()) {
      ownSignal.put(
          coordinator,
          RevocationIT.signalIn(
              baseUrl, MUNICIPALITY_OF.get(coordinator), Keycloak.token(coordinator)));
    }
    List<String> users = new ArrayList<>(USERS);
    users.addAll(SAME_COLUMN_AS.keySet());
    Map<String, Keycloak.Session> sessions = new LinkedHashMap<>();
    for (String user : users) {
      String home = HOME_OF.get(SAME_COLUMN_AS.getOrDefault(user, user));
      sessions.put(
          user,
          home == null
              ? Keycloak.Session.anonymous()
              : Keycloak.Session.loggedIn(baseUrl, user, home));
    }
    List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(users.size());
    try {
      List<java.util.concurrent.Future<?>> walks = new ArrayList<>();
      for (String user : users) {
        int column = USERS.indexOf(SAME_COLUMN_AS.getOrDefault(user, user)) + 1;
        walks.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < rounds; round++) {
                    for (String[] row : SCREENS) {
                      check(sessions.get(user), baseUrl, user, row[0], row[column], wrong);
                    }
                    for (Map.Entry<String, String> signal : ownSignal.entrySet()) {
                      String expected =
                          signal.getKey().equals(user)
                              ? "200"
                              : ownSignal.containsKey(user) ? "404" : row(column);
                      check(
                          sessions.get(user),
                          baseUrl,
                          user,
                          "/coordinatie/signalen/" + signal.getValue(),
                          expected,
                          wrong);
                    }
                  }
                }));
      }
      for (java.util.concurrent.Future<?> walk : walks) {
        walk.get(5, java.util.concurrent.TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    return wrong;
  }

  /** What a non-coordinator gets on a coordinator's signal: the /coordinatie column's answer. */
  private static String row(int column) {
    for (String[] row : SCREENS) {
      if (row[0].equals("/coordinatie/signalen")) {
        return row[column];
      }
    }
    throw new IllegalStateException("no /coordinatie/signalen row");
  }

  private static void check(
      Keycloak.Session session,
      String baseUrl,
      String user,
      String path,
      String expected,
      List<String> wrong) {
    HttpResponse<String> answer = session.get(baseUrl + path);
    String outcome =
        answer.statusCode() == 302
                && answer.headers().firstValue("location").orElse("").startsWith(Keycloak.REALM)
            ? "login"
            : String.valueOf(answer.statusCode());
    if (!outcome.equals(expected)) {
      wrong.add(path + " as " + user + ": " + outcome + ", expected " + expected);
    }
  }

  /**
   * The administrators' actions are posts back to their pages (approve, refuse, withdraw on
   * /beheer/voorstellen; roles and regions on a user's page): the container refuses them to
   * everyone else before any screen code runs.
   */
  @Test
  void onlyAdministratorsPostToTheAdministratorsPages() {
    List<String> wrong = new ArrayList<>();
    for (String path : List.of("/beheer/voorstellen", "/beheer/gebruikers/coordinator-zeeland")) {
      for (String user : USERS.subList(0, 3)) {
        HttpResponse<String> answer =
            SESSIONS.get(user).post(RunningApp.baseUrl() + path, "decide=decide");
        String outcome =
            answer.statusCode() == 302
                    && answer.headers().firstValue("location").orElse("").startsWith(Keycloak.REALM)
                ? "login"
                : String.valueOf(answer.statusCode());
        String expected = user.equals("anonymous") ? "login" : "403";
        if (!outcome.equals(expected)) {
          wrong.add(path + " as " + user + ": " + outcome + ", expected " + expected);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyApiRouteForEveryRole() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    List<String> wrong = new ArrayList<>();
    for (String[] row : API) {
      for (int column = 0; column < USERS.size(); column++) {
        String user = USERS.get(column);
        HttpRequest.Builder request =
            HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + row[0]));
        if (TOKENS.containsKey(user)) {
          request.header("Authorization", "Bearer " + TOKENS.get(user));
        }
        HttpResponse<String> answer =
            client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (!String.valueOf(answer.statusCode()).equals(row[column + 1])) {
          wrong.add(
              row[0]
                  + " as "
                  + user
                  + ": "
                  + answer.statusCode()
                  + ", expected "
                  + row[column + 1]);
        }
        if (answer.statusCode() >= 400) {
          assertTrue(
              answer
                  .headers()
                  .firstValue("content-type")
                  .orElse("")
                  .startsWith("application/problem+json"),
              row[0] + " as " + user);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theCallerIsDescribedFromTheToken() {
    Api.Answer me = Api.get("/api/me", Map.of());
    assertEquals(401, me.status());
    HttpResponse<String> coordinator = bearer("/api/me", TOKENS.get("coordinator-zeeland"));
    assertTrue(coordinator.body().contains("\"regions\":[\"zeeland\"]"), coordinator.body());
    assertTrue(coordinator.body().contains("\"roles\":[\"coordinator\"]"), coordinator.body());
    HttpResponse<String> broken = bearer("/api/me", TOKENS.get("editor-a") + "x");
    assertEquals(401, broken.statusCode());
  }

  /**
   * The API keeps verified tokens (VerifiedTokens): asking again with the same token must give the
   * same caller, never another's, and any other string, however close, is verified anew.
   */
  @Test
  void aTokenUsedAgainKeepsItsOwnCallerAndAnAlteredOneIsRefused() {
    for (int round = 0; round < 3; round++) {
      HttpResponse<String> coordinator = bearer("/api/me", TOKENS.get("coordinator-zeeland"));
      assertTrue(coordinator.body().contains("\"roles\":[\"coordinator\"]"), coordinator.body());
      assertTrue(coordinator.body().contains("\"regions\":[\"zeeland\"]"), coordinator.body());
      HttpResponse<String> editor = bearer("/api/me", TOKENS.get("editor-a"));
      assertTrue(editor.body().contains("\"roles\":[\"editor\"]"), editor.body());
      assertTrue(editor.body().contains("\"regions\":[]"), editor.body());
    }
    String token = TOKENS.get("coordinator-zeeland");
    int inSignature = token.lastIndexOf('.') + 10;
    char swapped = token.charAt(inSignature) == 'A' ? 'B' : 'A';
    String altered = token.substring(0, inSignature) + swapped + token.substring(inSignature + 1);
    assertEquals(401, bearer("/api/me", altered).statusCode(), "a changed signature");
    assertEquals(401, bearer("/api/signals", altered).statusCode(), "a changed signature");
    assertEquals(200, bearer("/api/signals", token).statusCode(), "the real one still works");
  }

  @Test
  void pingAnswersOkWithoutASession() {
    Api.Answer ping = Api.get("/api/ping");
    assertEquals(200, ping.status(), ping.body());
    assertEquals("ok", ping.object().getString("status"));
    assertTrue(ping.header("content-type").startsWith("application/json"));
    assertNull(ping.header("set-cookie"), "no session for a ping");
    HttpResponse<String> coordinator = bearer("/api/ping", TOKENS.get("coordinator-zeeland"));
    assertEquals("{\"status\":\"ok\"}", coordinator.body());
  }

  private static HttpResponse<String> bearer(String path, String token) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + path))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
