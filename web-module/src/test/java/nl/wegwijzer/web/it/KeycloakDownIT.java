package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second deployment whose Keycloak is unreachable (nothing listens on its port): the public guide
 * answers fully, and a login attempt gets a clear page instead of an error.
 */
class KeycloakDownIT {

  private static final String NOBODY = "http://127.0.0.1:9/realms/wegwijzer";
  private static PayaraProcess app;

  @BeforeAll
  static void startWithoutKeycloak() throws Exception {
    String adminUrl =
        RunningApp.setting(
            "WEGWIJZER_IT_DB_ADMIN_URL", "jdbc:postgresql://127.0.0.1:55433/postgres");
    app =
        PayaraProcess.start(
            PayaraProcess.freshDatabase(adminUrl, "wegwijzer_it_nokeycloak"),
            System.getProperty("wegwijzer.it.demo", "../deploy/demo"),
            Map.of(
                "WEGWIJZER_OIDC_PROVIDER_URI", NOBODY,
                "MP_JWT_VERIFY_ISSUER", NOBODY,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", NOBODY + "/protocol/openid-connect/certs"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void thePublicGuideKeepsAnswering() throws Exception {
    for (String path :
        List.of(
            "/",
            "/organisaties?q=opvang",
            "/organisaties/stichting-brugplaats-categorale-opvang",
            "/zorgcoordinator?plaats=4331",
            "/beschermen",
            "/route-op-maat?nationaliteit=non-eu",
            "/zoeken?q=aangifte",
            "/api/organisations",
            "/api/coordinators?municipality=Utrecht",
            "/api/route?age=adult")) {
      assertEquals(200, get(path).statusCode(), path);
    }
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
