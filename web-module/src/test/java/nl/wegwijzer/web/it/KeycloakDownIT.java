package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A second deployment whose Keycloak is stopped (nothing listens on its port): the public guide
 * answers every request, 100 % of them, an API call with a token gets a clean 401, and a login
 * attempt gets a clear page instead of an error.
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(Lanes.OWN_SERVERS_FIRST)
@ResourceLock(Lanes.WITHOUT_KEYCLOAK)
class KeycloakDownIT {

  private static final String NOBODY = "http://127.0.0.1:9/realms/wegwijzer";
  private static PayaraProcess app;

  /** Started ahead by {@link Deployments} while other classes run. */
  static PayaraProcess startWithoutKeycloak() throws Exception {
    String adminUrl =
        RunningApp.setting(
            "WEGWIJZER_IT_DB_ADMIN_URL", "jdbc:postgresql://127.0.0.1:55433/postgres");
    return PayaraProcess.start(
        PayaraProcess.freshDatabase(adminUrl, "wegwijzer_it_nokeycloak"),
        System.getProperty("wegwijzer.it.demo", "../deploy/demo"),
        PayaraProcess.withoutDocuments(
            Map.of(
                "WEGWIJZER_OIDC_PROVIDER_URI", NOBODY,
                "MP_JWT_VERIFY_ISSUER", NOBODY,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", NOBODY + "/protocol/openid-connect/certs")));
  }

  @BeforeAll
  static void takeServer() throws Exception {
    app = Deployments.take("without keycloak");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The public pages and the public API, as visitors and other sites use them. */
  private static final List<String> PUBLIC =
      PublicPages.sectionsAnd(
          "/?lang=en",
          "/organisaties?q=opvang",
          "/organisaties/stichting-brugplaats-categorale-opvang",
          "/zorgcoordinator?plaats=4331",
          "/route-op-maat?nationaliteit=non-eu",
          "/zoeken?q=aangifte",
          "/sitemap.xml",
          "/nieuws.atom",
          "/api/organisations",
          "/api/organisations?q=opvang",
          "/api/coordinators?municipality=Utrecht",
          "/api/route?age=adult",
          "/api/regions",
          "/api/phases",
          "/api/search?q=aangifte");

  private static final int ROUNDS = 15;

  /**
   * Every public request answers, and quickly: {@value #ROUNDS} rounds over every public page and
   * public API route from four clients at once, and not one request may fail or wait on the login
   * server.
   */
  @Test
  void thePublicSiteAnswersEveryRequest() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<Future<String>> answers = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (String path : PUBLIC) {
        answers.add(
            clients.submit(
                () -> {
                  long started = System.nanoTime();
                  HttpResponse<String> response = get(path);
                  long millis = (System.nanoTime() - started) / 1_000_000;
                  if (response.statusCode() != 200) {
                    return path + " answered " + response.statusCode();
                  }
                  return millis > 10_000 ? path + " took " + millis + " ms" : null;
                }));
      }
    }
    clients.shutdown();
    List<String> failures = new ArrayList<>();
    for (Future<String> answer : answers) {
      try {
        String failure = answer.get(60, TimeUnit.SECONDS);
        if (failure != null) {
          failures.add(failure);
        }
      } catch (ExecutionException e) {
        failures.add("no answer: " + e.getCause());
      }
    }
    assertEquals(ROUNDS * PUBLIC.size(), answers.size());
    assertEquals(List.of(), failures, "of " + answers.size() + " public requests");
  }

  /** A token that cannot be checked (no keys to check it with) is refused, not an error. */
  @Test
  void anUncheckableTokenIsRefusedCleanly() throws Exception {
    HttpResponse<String> answer =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/signals"))
                .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(401, answer.statusCode(), answer.body());
    assertTrue(
        answer
            .headers()
            .firstValue("content-type")
            .orElse("")
            .startsWith("application/problem+json"));
  }

  /**
   * The node stays ready, so the balancer keeps sending readers to it; the readiness says that
   * login is unavailable, for monitoring.
   */
  @Test
  void theNodeStaysReadyAndSaysLoginIsUnavailable() throws Exception {
    HttpResponse<String> ready = get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().matches(".*\"loginAvailable\":\"?false.*"), ready.body());
    assertTrue(ready.body().matches(".*\"name\":\"database\",\"status\":\"UP\".*"));
  }

  @Test
  void aLoginAttemptSaysLoginIsUnavailable() throws Exception {
    HttpResponse<String> attempt = get("/redactie");
    assertEquals(302, attempt.statusCode());
    assertTrue(
        attempt.headers().firstValue("location").orElse("").endsWith("/inloggen-niet-beschikbaar"));
    HttpResponse<String> page = get("/inloggen-niet-beschikbaar");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Inloggen lukt op dit moment niet"));
  }
}
