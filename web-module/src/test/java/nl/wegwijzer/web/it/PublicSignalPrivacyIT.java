package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import nl.wegwijzer.web.shared.PhoneLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public signal form keeps nothing of what was typed where a later visitor of the device could
 * find it: every answer of the form is {@code no-store}; and it says one thing about anonymity and
 * what is stored, the same sentence (from the bundle) on the form, on the confirmation and on the
 * "Veilig zoeken" page, in Dutch and in English. Posts come from an address of their own.
 */
@ExtendWith(RunningApp.class)
class PublicSignalPrivacyIT {

  private static final Pattern STAMP = Pattern.compile("name=\"t\" value=\"([^\"]+)\"");
  private static final String ADDRESS = "198.51.100.201";

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + path))
            .header("X-Forwarded-For", ADDRESS)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + "/signaal-melden/verzenden"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", ADDRESS)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The one statement as the pages show it: its phone number a tel: link. */
  private static String statement(Locale language) {
    return new PhoneLinks()
        .text(
            ResourceBundle.getBundle("nl.wegwijzer.web.i18n.casework", language)
                .getString("public.privacy"));
  }

  private static void noStore(HttpResponse<String> answer) {
    assertEquals(
        "no-store",
        answer.headers().firstValue("Cache-Control").orElse(""),
        answer.uri() + " must not be kept by the browser");
  }

  @Test
  void everyAnswerOfTheFormIsNoStoreAndSaysTheOneStatement() throws Exception {
    HttpResponse<String> form = get("/signaal-melden");
    assertEquals(200, form.statusCode());
    noStore(form);
    String dutch = statement(Locale.forLanguageTag("nl"));
    assertTrue(form.body().contains(dutch), "the form has the statement");
    assertFalse(form.body().contains("anoniem te blijven"), "no second, other promise");
    assertTrue(form.body().contains("maxlength=\"4000\""), "without script: the plain limit");

    assertTrue(STAMP.matcher(form.body()).find(), "the form carries its time stamp");
    String account = "Een man slaapt in de loods van een garage, test " + System.nanoTime();
    HttpResponse<String> sent =
        post(
            "t="
                + URLEncoder.encode(RunningApp.formServedSecondsAgo(), StandardCharsets.UTF_8)
                + "&gemeente=Vlissingen&wat="
                + URLEncoder.encode(account, StandardCharsets.UTF_8)
                + "&melder=&contact=&website=");
    assertEquals(303, sent.statusCode(), sent.body());
    noStore(sent);
    HttpResponse<String> confirmation = get("/signaal-melden/ontvangen");
    assertEquals(200, confirmation.statusCode());
    noStore(confirmation);
    assertTrue(confirmation.body().contains(dutch), "the confirmation has the same statement");
    assertFalse(confirmation.body().contains(account));

    HttpResponse<String> refused =
        post("t=&gemeente=&wat=" + URLEncoder.encode(account, StandardCharsets.UTF_8));
    noStore(refused);
    assertTrue(refused.body().contains(account), "a refusal keeps the text, but never stored");

    assertTrue(get("/veilig-zoeken").body().contains(dutch), "the safe browsing page too");
    String english = statement(Locale.ENGLISH);
    assertFalse(english.equals(dutch));
    assertTrue(get("/signaal-melden?lang=en").body().contains(english));
    assertTrue(get("/signaal-melden/ontvangen?lang=en").body().contains(english));
    assertTrue(get("/veilig-zoeken?lang=en").body().contains(english));
  }
}
