package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public signal form over plain HTTP, as a browser without JavaScript sends it: a valid post
 * gives only a reference and lands in the right region's inbox; the honeypot and too fast a post
 * store nothing; a body too large is refused before it is read; the sixth post in an hour from one
 * address is refused with a message. The tests share one address, so they run in this order.
 */
@ExtendWith(RunningApp.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicSignalIT {

  private static final Pattern STAMP = Pattern.compile("name=\"t\" value=\"([^\"]+)\"");
  private static final Pattern REFERENCE = Pattern.compile("WW-[0-9A-Z]{4}-[0-9A-Z]{4}");

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new java.net.CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + "/signaal-melden/verzenden"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A fresh form's signed time stamp. */
  private String stamp() throws Exception {
    HttpResponse<String> form = get("/signaal-melden");
    assertEquals(200, form.statusCode());
    Matcher stamp = STAMP.matcher(form.body());
    assertTrue(stamp.find(), "the form carries a signed time stamp");
    return stamp.group(1);
  }

  private static String form(String stamp, String municipality, String account, String honeypot) {
    return "t="
        + enc(stamp)
        + "&gemeente="
        + enc(municipality)
        + "&wat="
        + enc(account)
        + "&melder=care-organisation&contact=&website="
        + enc(honeypot);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static long received(String token) {
    Api.Answer list = Api.get("/api/signals?status=received&size=1", token);
    assertEquals(200, list.status(), list.body());
    return list.object().getJsonNumber("totalItems").longValue();
  }

  @Test
  @Order(1)
  void aValidPostGivesOnlyAReferenceAndLandsInTheRegionsInbox() throws Exception {
    String account = "Vrouwen worden 's nachts opgehaald bij een pand, test " + System.nanoTime();
    HttpResponse<String> sent =
        post(form(RunningApp.formServedSecondsAgo(), "Middelburg", account, ""));
    assertEquals(303, sent.statusCode(), sent.body());
    assertTrue(
        sent.headers().firstValue("location").orElse("").endsWith("/signaal-melden/ontvangen"));

    HttpResponse<String> confirmation = get("/signaal-melden/ontvangen");
    assertEquals(200, confirmation.statusCode());
    Matcher reference = REFERENCE.matcher(confirmation.body());
    assertTrue(reference.find(), "the confirmation shows the reference");
    assertFalse(confirmation.body().contains("opgehaald bij een pand"), "never the account");
    assertTrue(confirmation.body().contains("received-coordinator"), "the region's coordinator");
    assertEquals(200, get("/signaal-melden/ontvangen").statusCode(), "a reload sends nothing");

    Api.Answer inZeeland =
        Api.get("/api/signals/" + reference.group(), Keycloak.token("coordinator-zeeland"));
    assertEquals(200, inZeeland.status(), inZeeland.body());
    assertEquals("received", inZeeland.object().getString("status"));
    assertEquals("zeeland", inZeeland.object().getString("region"));
    assertEquals(account, inZeeland.object().getJsonObject("details").getString("account"));
    assertEquals(
        404,
        Api.get("/api/signals/" + reference.group(), Keycloak.token("coordinator-utrecht"))
            .status());
  }

  @Test
  @Order(2)
  void theHoneypotStoresNothingButAnswersNeutrally() throws Exception {
    String token = Keycloak.token("coordinator-zeeland");
    long before = received(token);
    HttpResponse<String> sent =
        post(
            form(
                RunningApp.formServedSecondsAgo(),
                "Middelburg",
                "Goedkope horloges hier",
                "https://spam.example"));
    assertEquals(303, sent.statusCode());
    HttpResponse<String> answer = get("/signaal-melden/ontvangen");
    assertEquals(200, answer.statusCode());
    assertTrue(answer.body().contains("Dank u wel"));
    assertFalse(REFERENCE.matcher(answer.body()).find());
    assertEquals(before, received(token), "no signal stored");
  }

  @Test
  @Order(3)
  void tooFastIsRefusedPolitelyAndKeepsTheText() throws Exception {
    String token = Keycloak.token("coordinator-zeeland");
    long before = received(token);
    HttpResponse<String> sent = post(form(stamp(), "Middelburg", "Snel getypt verhaal", ""));
    assertEquals(400, sent.statusCode());
    assertTrue(sent.body().contains("erg snel"), sent.body());
    assertTrue(sent.body().contains("Snel getypt verhaal"), "the typed text is kept");
    assertEquals(before, received(token));
  }

  @Test
  @Order(4)
  void anOversizedBodyIsRefusedWithoutAStackTrace() throws Exception {
    HttpResponse<String> sent = post(form(stamp(), "Middelburg", "x".repeat(40_000), ""));
    assertEquals(413, sent.statusCode());
    assertTrue(sent.body().contains("te groot"), sent.body());
    assertFalse(sent.body().contains("Caused by"), "no stack trace");
    assertFalse(sent.body().contains("at nl.wegwijzer."), "no stack trace");
    assertFalse(sent.body().contains("xxxxxxxxxx"), "the oversized body is never read");
  }

  @Test
  @Order(5)
  void theSixthPostInAnHourIsRefused() throws Exception {
    // posts 1-3 came from the tests above; 4 and 5 are still allowed
    for (int post = 4; post <= 5; post++) {
      assertEquals(400, post(form(stamp(), "", "", "")).statusCode(), "post " + post);
    }
    HttpResponse<String> sixth = post(form(stamp(), "Middelburg", "Nog een melding", ""));
    assertEquals(429, sixth.statusCode());
    assertTrue(sixth.body().contains("afgelopen uur"), sixth.body());
    assertTrue(sixth.body().contains("Nog een melding"), "the typed text is kept");
  }
}
