package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The casework API with real Keycloak tokens: a coordinator works in their own region only, and
 * another region's signal or case answers 404 as if it did not exist. A change to a case names the
 * version of the case its caller read; a case changed since answers 409 and stays as it was.
 */
@ExtendWith(RunningApp.class)
class CaseApiIT {

  private static final String JSON = "application/json";
  private static final String SIGNAL =
      """
      {"intakeDate": "2026-03-10", "channel": "phone", "reporterType": "labour-inspectorate",
       "reporterContact": "Inspecteur J. de Wit", "municipality": "Middelburg", "forms": ["labour"],
       "sector": "agriculture", "indicators": ["geen-eigen-id"],
       "account": "Werkt zeven dagen per week in de kassen; paspoort ingenomen.",
       "pseudonym": "Anna K.", "birthYear": 1995, "gender": "female", "nationality": "RO",
       "languages": ["ro"], "interpreterNeeded": true, "residenceStatus": "eu-citizen",
       "consent": "given", "consentSignedBy": "person"}
      """;

  private static String zeeland;
  private static String utrecht;

  @BeforeAll
  static void tokens() {
    zeeland = Keycloak.token("coordinator-zeeland");
    utrecht = Keycloak.token("coordinator-utrecht");
  }

  private static String created() {
    Api.Answer answer = Api.send("POST", "/api/signals", JSON, SIGNAL, zeeland);
    assertEquals(201, answer.status(), answer.body());
    return answer.object().getString("reference");
  }

  @Test
  void aCoordinatorRegistersAndReadsASignalOfTheirRegion() {
    Api.Answer answer = Api.send("POST", "/api/signals", JSON, SIGNAL, zeeland);
    assertEquals(201, answer.status(), answer.body());
    String reference = answer.object().getString("reference");
    assertTrue(answer.header("location").endsWith("/api/signals/" + reference));

    Api.Answer read = Api.get("/api/signals/" + reference + "?purpose=test", zeeland);
    assertEquals(200, read.status(), read.body());
    JsonObject signal = read.object();
    assertEquals("registered", signal.getString("status"));
    assertEquals("zeeland", signal.getString("region"));
    assertEquals("Anna K.", signal.getJsonObject("details").getString("pseudonym"));
    assertFalse(signal.getBoolean("minor"));

    Api.Answer list = Api.get("/api/signals?status=registered&size=100", zeeland);
    assertEquals(200, list.status(), list.body());
    assertTrue(list.body().contains(reference));
  }

  @Test
  void aSignalChangedWhileItsCaseIsOpenedAnswers409() throws Exception {
    String reference = created();
    String body = "{\"signal\": \"" + reference + "\"}";
    CompletableFuture<Api.Answer> opening;
    // another writer's change of the signal commits after this request read it: the database's
    // version check refuses the request's write
    try (RowHold other =
        RowHold.change(
            "update casework.signal set version = version + 1 where reference = ?", reference)) {
      opening =
          CompletableFuture.supplyAsync(() -> Api.send("POST", "/api/cases", JSON, body, zeeland));
      other.awaitWaiting(1);
    }
    Api.Answer conflict = opening.get(30, TimeUnit.SECONDS);
    assertEquals(409, conflict.status(), conflict.body());
    assertTrue(conflict.header("content-type").startsWith("application/problem+json"));
    assertEquals(409, conflict.object().getInt("status"));

    Api.Answer retried = Api.send("POST", "/api/cases", JSON, body, zeeland);
    assertEquals(201, retried.status(), "nothing of the refused request stayed: " + retried.body());
  }

  @Test
  void anotherRegionsCoordinatorGets404NotForbidden() {
    String reference = created();
    Api.Answer other = Api.get("/api/signals/" + reference, utrecht);
    assertEquals(404, other.status(), other.body());
    assertTrue(other.header("content-type").startsWith("application/problem+json"));
    assertEquals(other.status(), Api.get("/api/signals/WW-ZZZZ-ZZZZ", utrecht).status());
    assertFalse(Api.get("/api/signals?size=100", utrecht).body().contains(reference));
    Api.Answer openForeign =
        Api.send("POST", "/api/cases", JSON, "{\"signal\": \"" + reference + "\"}", utrecht);
    assertEquals(404, openForeign.status(), openForeign.body());
  }

  @Test
  void editorsAndAnonymousCallersGetNoCaseData() {
    String editor = Keycloak.token("editor-a");
    Api.Answer forbidden = Api.get("/api/signals", editor);
    assertEquals(403, forbidden.status());
    assertTrue(forbidden.header("content-type").startsWith("application/problem+json"));
    assertEquals(403, Api.send("POST", "/api/signals", JSON, SIGNAL, editor).status());
    Api.Answer anonymous = Api.get("/api/signals", Map.of());
    assertEquals(401, anonymous.status());
    assertTrue(anonymous.header("content-type").startsWith("application/problem+json"));
    assertEquals(401, Api.send("POST", "/api/signals", JSON, SIGNAL).status());
  }

  @Test
  void badInputIsA400ProblemThatNamesTheFields() {
    Api.Answer incomplete =
        Api.send("POST", "/api/signals", JSON, "{\"pseudonym\": \"Anna\"}", zeeland);
    assertEquals(400, incomplete.status(), incomplete.body());
    assertTrue(incomplete.header("content-type").startsWith("application/problem+json"));
    JsonObject problem = incomplete.object();
    assertEquals("intakeDate", problem.getString("field"));
    assertTrue(problem.getString("detail").contains("account: is required"), problem.toString());

    Api.Answer wrongCode =
        Api.send("POST", "/api/signals", JSON, SIGNAL.replace("\"female\"", "\"v\""), zeeland);
    assertEquals(400, wrongCode.status());
    assertEquals("gender", wrongCode.object().getString("field"));

    assertEquals(400, Api.send("POST", "/api/signals", JSON, "{not json", zeeland).status());
    Api.Answer otherRegion =
        Api.send("POST", "/api/signals", JSON, SIGNAL.replace("Middelburg", "Utrecht"), zeeland);
    assertEquals(400, otherRegion.status());
    assertEquals("municipality", otherRegion.object().getString("field"));
    assertEquals(400, Api.get("/api/signals?from=gisteren", zeeland).status());
    assertEquals(400, Api.get("/api/cases?status=half", zeeland).status());
  }

  @Test
  void aCaseIsOpenedReadAndGetsAReferral() {
    String reference = created();
    Api.Answer opened =
        Api.send("POST", "/api/cases", JSON, "{\"signal\": \"" + reference + "\"}", zeeland);
    assertEquals(201, opened.status(), opened.body());
    String number = opened.object().getString("number");
    assertTrue(number.matches("ZK-\\d{4}-\\d{5}"), number);

    Api.Answer referral =
        Api.send(
            "POST",
            "/api/cases/" + number + "/referrals",
            JSON,
            "{\"organisation\": \"stichting-brugplaats-categorale-opvang\", \"careNeed\": \"shelter\"}",
            zeeland);
    assertEquals(201, referral.status(), referral.body());
    assertEquals("sent", referral.object().getString("status"));
    String location = referral.header("location");
    assertEquals(200, Api.get(location.substring(location.indexOf("/api/")), zeeland).status());

    Api.Answer read = Api.get("/api/cases/" + number, zeeland);
    assertEquals(200, read.status());
    assertEquals(1, read.object().getJsonArray("referrals").size());
    assertTrue(Api.get("/api/cases?status=open&size=100", zeeland).body().contains(number));

    assertEquals(404, Api.get("/api/cases/" + number, utrecht).status());
    assertEquals(
        404,
        Api.send(
                "POST",
                "/api/cases/" + number + "/referrals",
                JSON,
                "{\"organisation\": \"stichting-brugplaats-categorale-opvang\", \"careNeed\": \"shelter\"}",
                utrecht)
            .status());
    Api.Answer unknownOrganisation =
        Api.send(
            "POST",
            "/api/cases/" + number + "/referrals",
            JSON,
            "{\"organisation\": \"bestaat-niet\", \"careNeed\": \"shelter\"}",
            zeeland);
    assertEquals(400, unknownOrganisation.status());
    assertEquals("organisation", unknownOrganisation.object().getString("field"));
  }

  /**
   * What the case page's overview changes, through the API (issue 23 §1): handing a case over,
   * setting and clearing a flag, reopening it with a reason, each at the version of the case the
   * caller read.
   */
  private static String openedCase() {
    String body = "{\"signal\": \"" + created() + "\"}";
    Api.Answer opened = Api.send("POST", "/api/cases", JSON, body, zeeland);
    assertEquals(201, opened.status(), opened.body());
    return opened.object().getString("number");
  }

  private static Api.Answer change(String number, String what, String body, String token) {
    return Api.send("POST", "/api/cases/" + number + "/team/" + what, JSON, body, token);
  }

  private static JsonObject read(String number) {
    Api.Answer read = Api.get("/api/cases/" + number, zeeland);
    assertEquals(200, read.status(), read.body());
    return read.object();
  }

  private static long version(String number) {
    return read(number).getJsonNumber("version").longValue();
  }

  private static List<String> flags(JsonObject caseView) {
    return caseView
        .getJsonObject("glance")
        .getJsonArray("flags")
        .getValuesAs(JsonString.class)
        .stream()
        .map(JsonString::getString)
        .toList();
  }

  private static void problem(int status, Api.Answer answer) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(
        answer.header("content-type").startsWith("application/problem+json"),
        answer.header("content-type"));
  }

  private static int logged(String number, String purpose) throws SQLException {
    return Integer.parseInt(
        RowHold.read(
            "select count(*) from casework.access_log where subject_type = 'CASE'"
                + " and action = 'UPDATE' and purpose = '"
                + purpose
                + "' and subject_ref = ?",
            number));
  }

  @Test
  void aCaseIsHandedOverFlaggedAndReopenedAtTheVersionItWasRead() throws SQLException {
    String colleague = RevocationIT.newCoordinator("zeeland");
    String number = openedCase();
    long read = version(number);

    Api.Answer handedOver =
        change(
            number,
            "handover",
            "{\"to\": \"%s\", \"version\": %d}".formatted(colleague, read),
            zeeland);
    assertEquals(200, handedOver.status(), handedOver.body());
    assertEquals(colleague, handedOver.object().getJsonObject("glance").getString("responsible"));

    // A second change made with the version read before the first: refused, nothing changes.
    Api.Answer stale =
        change(
            number,
            "handover",
            "{\"to\": \"coordinator-zeeland\", \"version\": %d}".formatted(read),
            zeeland);
    problem(409, stale);
    assertEquals(colleague, read(number).getJsonObject("glance").getString("responsible"));
    problem(
        409,
        change(
            number,
            "flags",
            "{\"flag\": \"acute-danger\", \"set\": true, \"version\": %d}".formatted(read),
            zeeland));
    assertFalse(flags(read(number)).contains("acute-danger"), "the stale flag was not set");

    Api.Answer flagged =
        change(
            number,
            "flags",
            "{\"flag\": \"acute-danger\", \"set\": true, \"version\": %d}"
                .formatted(version(number)),
            zeeland);
    assertEquals(200, flagged.status(), flagged.body());
    assertTrue(flags(flagged.object()).contains("acute-danger"), flagged.body());
    Api.Answer cleared =
        change(
            number,
            "flags",
            "{\"flag\": \"acute-danger\", \"set\": false, \"version\": %d}"
                .formatted(flagged.object().getJsonNumber("version").longValue()),
            zeeland);
    assertEquals(200, cleared.status(), cleared.body());
    assertFalse(flags(cleared.object()).contains("acute-danger"), cleared.body());

    Api.Answer wrongFlag =
        change(
            number,
            "flags",
            "{\"flag\": \"danger\", \"set\": true, \"version\": %d}".formatted(version(number)),
            zeeland);
    problem(400, wrongFlag);
    assertEquals("flag", wrongFlag.object().getString("field"));
    Api.Answer noVersion = change(number, "flags", "{\"flag\": \"minor\", \"set\": true}", zeeland);
    problem(400, noVersion);
    assertEquals("version", noVersion.object().getString("field"));
    problem(
        400,
        change(
            number,
            "reopen",
            "{\"reason\": \"new-signal\", \"version\": %d}".formatted(version(number)),
            zeeland));

    // Closed (as the case page closes it), then reopened with a reason the timeline keeps.
    try (RowHold closed =
        RowHold.change(
            "update casework.case_file set status = 'CLOSED', closed_on = current_date,"
                + " close_reason = 'SUPPORT_COMPLETED', version = version + 1 where number = ?",
            number)) {
      // the change commits as the hold ends
    }
    Api.Answer reopened =
        change(
            number,
            "reopen",
            "{\"reason\": \"new-signal\", \"version\": %d}".formatted(version(number)),
            zeeland);
    assertEquals(200, reopened.status(), reopened.body());
    assertEquals("open", reopened.object().getString("status"));
    assertTrue(
        reopened.object().getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                e ->
                    "reopened".equals(e.getString("kind"))
                        && "new-signal".equals(e.getString("detail"))),
        reopened.body());

    assertEquals(1, logged(number, "hand-over"), "the handover is in the access log");
    assertEquals(2, logged(number, "flag"), "the flag set and cleared");
    assertEquals(1, logged(number, "reopen"));
  }

  @Test
  void anotherRegionsCaseAnswers404AndACallerWithoutATokenIsRefused() {
    String number = openedCase();
    long read = version(number);
    problem(
        404,
        change(
            number,
            "handover",
            "{\"to\": \"coordinator-utrecht\", \"version\": %d}".formatted(read),
            utrecht));
    problem(
        404,
        change(
            number,
            "flags",
            "{\"flag\": \"minor\", \"set\": true, \"version\": %d}".formatted(read),
            utrecht));
    problem(
        404,
        change(
            number,
            "reopen",
            "{\"reason\": \"new-signal\", \"version\": %d}".formatted(read),
            utrecht));
    problem(
        401,
        Api.send(
            "POST",
            "/api/cases/" + number + "/team/flags",
            JSON,
            "{\"flag\": \"minor\", \"set\": true, \"version\": %d}".formatted(read)));
    assertEquals(read, version(number), "nothing changed");
    // a colleague of another region is no one to hand over to
    Api.Answer foreign =
        change(
            number,
            "handover",
            "{\"to\": \"coordinator-utrecht\", \"version\": %d}".formatted(read),
            zeeland);
    problem(400, foreign);
    assertEquals("responsible", foreign.object().getString("field"));
  }
}
