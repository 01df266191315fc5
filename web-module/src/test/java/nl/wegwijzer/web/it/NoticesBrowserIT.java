package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * E-mail notices against the real deployment and Keycloak: a signal from the public form for
 * Middelburg mails Zeeland's coordinator (found in Keycloak by role and region) through Payara's
 * mail session to GreenMail, with nothing of the signal in it, and nobody in Utrecht; after
 * switching that notice off at /coordinatie/meldingen, the next signal mails nobody. A case of
 * Zeeland offered to Utrecht mails Utrecht's coordinator the kind of event, a count and a link to
 * where the offer waits, and nothing of the case.
 */
class NoticesBrowserIT extends BrowserTest {

  private static final String ZEELAND = "coordinator-zeeland@wegwijzer.example";
  private static final String UTRECHT = "coordinator-utrecht@wegwijzer.example";
  private static final Pattern STAMP = Pattern.compile("name=\"t\" value=\"([^\"]+)\"");

  private GreenMail smtp;
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new java.net.CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeAll
  void listen() throws Exception {
    smtp = new GreenMail(new ServerSetup(RunningApp.smtpPort(), "127.0.0.1", "smtp"));
    smtp.start();
  }

  @AfterAll
  void stopListening() {
    smtp.stop();
  }

  /** Posts the public form as a browser without JavaScript does, from an address of its own. */
  private void report(String account) throws Exception {
    HttpResponse<String> form =
        client.send(
            HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + "/signaal-melden")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(STAMP.matcher(form.body()).find(), "the form carries a signed time stamp");
    // a stamp of a form served seconds ago, past the minimum fill time, instead of waiting it out
    String body =
        "t="
            + enc(RunningApp.formServedSecondsAgo())
            + "&gemeente=Middelburg&wat="
            + enc(account)
            + "&melder=care-organisation&contact=&website=";
    HttpResponse<String> sent =
        client.send(
            HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + "/signaal-melden/verzenden"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "198.51.100." + (1 + (int) (Math.random() * 250)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(303, sent.statusCode(), sent.body());
  }

  /** Posts JSON to the API as the token's user; the field of what it created. */
  private static String created(String path, String json, String token, String field) {
    Api.Answer answer = Api.send("POST", path, "application/json", json, token);
    assertEquals(201, answer.status(), path + ": " + answer.body());
    JsonValue value = answer.object().get(field);
    return value instanceof JsonString text ? text.getString() : String.valueOf(value);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
              } catch (MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  /** Waits for the count of mails to the address, the sending being asynchronous. */
  private List<MimeMessage> awaitMailsTo(String address, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (mailsTo(address).size() < count && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    return mailsTo(address);
  }

  private void chooseSignalNotice(boolean wanted) {
    open("/coordinatie/meldingen");
    WebElement box =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("notices:signal-arrived")));
    if (box.isSelected() != wanted) {
      box.click();
    }
    submit(By.id("notices:save"));
    assertTrue(browser.findElement(By.id("notice")).getText().contains("opgeslagen"));
    assertEquals(wanted, browser.findElement(By.id("notices:signal-arrived")).isSelected());
  }

  @Test
  void aCaseOfferedToUtrechtMailsItsCoordinatorTheEventACountAndALinkOnly() throws Exception {
    String zeeland = Keycloak.token("coordinator-zeeland");
    String reference =
        created(
            "/api/signals",
            """
            {"intakeDate": "2026-03-10", "channel": "phone", "reporterType": "police",
             "municipality": "Goes", "forms": ["labour"], "sector": "cleaning",
             "account": "Poetst nachtenlang kantoren in Vlissingen zonder loon.",
             "pseudonym": "Zorigtbaatar", "birthYear": 1987, "gender": "male",
             "nationality": "MN", "interpreterNeeded": false,
             "residenceStatus": "asylum-procedure", "consent": "not-asked"}
            """,
            zeeland,
            "reference");
    String number = created("/api/cases", "{\"signal\": \"" + reference + "\"}", zeeland, "number");
    int before = mailsTo(UTRECHT).size();
    int zeelandBefore = mailsTo(ZEELAND).size();

    // Offered on the case's screen: a notice caused by a screen was lost when the mail thread ran
    // after the request had ended, with that request's closed entity manager (the API's was not).
    CoordinatorBrowser.logIn(
        browser, wait, "coordinator-zeeland", "/coordinatie/zaken/" + number + "/verwijzingen");
    CoordinatorBrowser.choose(browser, "transfer-form:toRegion", "utrecht");
    CoordinatorBrowser.type(
        browser, "transfer-form:transferNote", "Verhuisd naar een kamer aan de Kanaalweg");
    CoordinatorBrowser.press(browser, wait, "transfer-form:offer-transfer");
    assertTrue(browser.findElement(By.id("notice")).getText().contains("aangeboden"));

    List<MimeMessage> mails = awaitMailsTo(UTRECHT, before + 1);
    assertEquals(before + 1, mails.size(), "Utrecht's coordinator got one mail");
    MimeMessage mail = mails.get(mails.size() - 1);
    assertEquals("Een zaak wordt overgedragen aan Utrecht", mail.getSubject());
    // decoded, so that no transfer encoding hides what the mail says
    String body = (String) mail.getContent();
    assertTrue(body.contains("Een zaak wordt aan regio Utrecht aangeboden"), "event and count");
    assertTrue(body.contains("A case is offered to the region Utrecht"), "in English too");
    Matcher link = Pattern.compile("https?://\\S+?(/coordinatie#transfers)").matcher(body);
    assertTrue(link.find(), "a link to where the offer waits: " + body);
    String words = body.replaceAll("https?://\\S+", "");
    for (String caseData :
        List.of(
            number,
            reference,
            "Zorigtbaatar",
            "1987",
            "Goes",
            "Zeeland",
            "Kanaalweg",
            "kantoren",
            "Mongol",
            "asiel",
            "schoonmaak")) {
      assertFalse(
          words.contains(caseData), "no case data in the mail: " + caseData + " in " + body);
    }
    Thread.sleep(2_000);
    assertEquals(zeelandBefore, mailsTo(ZEELAND).size(), "the sending region gets no mail");

    Browser.forget(browser);
    CoordinatorBrowser.logIn(browser, wait, "coordinator-utrecht", "/coordinatie");
    open(link.group(1));
    assertFalse(
        browser
            .findElements(By.cssSelector("#transfers #transfer-list [data-case='" + number + "']"))
            .isEmpty(),
        "the link leads to the offer");
  }

  @Test
  void aSignalInZeelandsInboxMailsItsCoordinatorWithoutCaseDataUntilSwitchedOff() throws Exception {
    String account = "Man slaapt in de schuur van een kwekerij, test " + System.nanoTime();
    int before = mailsTo(ZEELAND).size();
    int utrechtBefore = mailsTo(UTRECHT).size();
    report(account);

    List<MimeMessage> mails = awaitMailsTo(ZEELAND, before + 1);
    assertEquals(before + 1, mails.size(), "Zeeland's coordinator got one mail");
    MimeMessage mail = mails.get(mails.size() - 1);
    assertEquals("Nieuw signaal in de inbox van Zeeland", mail.getSubject());
    String body = GreenMailUtil.getBody(mail);
    assertTrue(body.contains("regio Zeeland"), body);
    assertTrue(body.contains("/coordinatie#inbox"), "a link to the inbox: " + body);
    assertFalse(body.contains("kwekerij"), "nothing of the account");
    assertFalse(body.matches("(?s).*WW-[0-9A-Z]{4}-[0-9A-Z]{4}.*"), "not even the reference");
    assertEquals(utrechtBefore, mailsTo(UTRECHT).size(), "Utrecht hears nothing of Zeeland");

    CoordinatorBrowser.logIn(browser, wait, "coordinator-zeeland", "/coordinatie/meldingen");
    try {
      chooseSignalNotice(false);
      int afterSwitch = mailsTo(ZEELAND).size();
      report("Nog een signaal uit Middelburg, test " + System.nanoTime());
      Thread.sleep(8_000);
      assertEquals(afterSwitch, mailsTo(ZEELAND).size(), "switched off: no mail");
    } finally {
      chooseSignalNotice(true);
    }
  }
}
