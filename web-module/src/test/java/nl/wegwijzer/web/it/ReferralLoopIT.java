package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23 §2–3 over HTTP with real Keycloak tokens: triage refuses what is not in the caller's
 * inbox, a referral passes on personal data only with consent and moves sent → declined, and a case
 * offered to another region moves there on acceptance, leaving the sender the fact only. Another
 * region's case, signal or offer answers 404.
 */
@ExtendWith(RunningApp.class)
class ReferralLoopIT {

  private static final String JSON = "application/json";
  private static final String SHELTER = "stichting-brugplaats-categorale-opvang";
  private static final String SIGNAL =
      """
      {"intakeDate": "2026-03-10", "channel": "phone", "reporterType": "labour-inspectorate",
       "municipality": "Middelburg", "forms": ["labour"], "sector": "agriculture",
       "indicators": ["geen-eigen-id"], "account": "Werkt zeven dagen per week in de kassen.",
       "pseudonym": "Ilse V.", "birthYear": 1990, "gender": "female", "nationality": "RO",
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

  private static String[] caseWithSignal() {
    Api.Answer signal = Api.send("POST", "/api/signals", JSON, SIGNAL, zeeland);
    assertEquals(201, signal.status(), signal.body());
    String reference = signal.object().getString("reference");
    Api.Answer opened =
        Api.send("POST", "/api/cases", JSON, "{\"signal\": \"" + reference + "\"}", zeeland);
    assertEquals(201, opened.status(), opened.body());
    return new String[] {opened.object().getString("number"), reference};
  }

  @Test
  void triageTakesOnlyReceivedSignalsOfTheCallersRegion() {
    String reference = caseWithSignal()[1];
    Api.Answer foreign =
        Api.send(
            "POST",
            "/api/triage/" + reference + "/set-aside",
            JSON,
            "{\"reason\": \"spam\"}",
            utrecht);
    assertEquals(404, foreign.status(), foreign.body());
    Api.Answer registered =
        Api.send(
            "POST",
            "/api/triage/" + reference + "/set-aside",
            JSON,
            "{\"reason\": \"spam\"}",
            zeeland);
    assertEquals(400, registered.status(), "a registered signal is not in the inbox");
    Api.Answer wrongReason =
        Api.send(
            "POST",
            "/api/triage/" + reference + "/set-aside",
            JSON,
            "{\"reason\": \"saai\"}",
            zeeland);
    assertEquals(400, wrongReason.status());
    assertEquals("reason", wrongReason.object().getString("field"));
  }

  @Test
  void aReferralPassesOnPersonalDataOnlyWithConsentAndIsDeclinedWithAReason() {
    String number = caseWithSignal()[0];
    String path = "/api/cases/" + number + "/referrals";
    Api.Answer gate =
        Api.send(
            "POST",
            path,
            JSON,
            "{\"organisation\": \""
                + SHELTER
                + "\", \"careNeed\": \"shelter\", \"personalData\": true}",
            zeeland);
    assertEquals(400, gate.status(), gate.body());
    assertTrue(gate.object().getString("detail").contains("consent"), gate.body());

    Api.Answer sent =
        Api.send(
            "POST",
            path,
            JSON,
            "{\"organisation\": \""
                + SHELTER
                + "\", \"careNeed\": \"shelter\", \"personalData\": true,"
                + " \"consentSignedBy\": \"person\", \"consentOn\": \"2026-03-10\","
                + " \"sentOn\": \"2026-03-11\"}",
            zeeland);
    assertEquals(201, sent.status(), sent.body());
    assertTrue(sent.object().getBoolean("personalData"));
    long id = sent.object().getJsonNumber("id").longValue();

    Api.Answer foreign =
        Api.send("POST", path + "/" + id + "/answer", JSON, "{\"status\": \"accepted\"}", utrecht);
    assertEquals(404, foreign.status(), foreign.body());
    Api.Answer noReason =
        Api.send("POST", path + "/" + id + "/answer", JSON, "{\"status\": \"declined\"}", zeeland);
    assertEquals(400, noReason.status(), noReason.body());
    assertEquals("declineReason", noReason.object().getString("field"));
    Api.Answer declined =
        Api.send(
            "POST",
            path + "/" + id + "/answer",
            JSON,
            "{\"status\": \"declined\", \"declineReason\": \"no-capacity\"}",
            zeeland);
    assertEquals(200, declined.status(), declined.body());
    assertEquals("declined", declined.object().getString("status"));
    assertEquals("no-capacity", declined.object().getString("declineReason"));

    Api.Answer consultation =
        Api.send(
            "POST",
            path,
            JSON,
            "{\"organisation\": \"" + SHELTER + "\", \"careNeed\": \"shelter\"}",
            zeeland);
    assertEquals(201, consultation.status(), consultation.body());
    assertFalse(consultation.object().getBoolean("personalData"));
  }

  @Test
  void anAcceptedTransferMovesTheCaseAndTheSenderKeepsOnlyTheFact() {
    String[] made = caseWithSignal();
    String number = made[0];
    Api.Answer foreignOffer =
        Api.send(
            "POST",
            "/api/transfers",
            JSON,
            "{\"caseNumber\": \"" + number + "\", \"toRegion\": \"zeeland\"}",
            utrecht);
    assertEquals(404, foreignOffer.status(), foreignOffer.body());
    Api.Answer offered =
        Api.send(
            "POST",
            "/api/transfers",
            JSON,
            "{\"caseNumber\": \""
                + number
                + "\", \"toRegion\": \"utrecht\", \"transferNote\": \"verhuisd\"}",
            zeeland);
    assertEquals(201, offered.status(), offered.body());
    long id = offered.object().getJsonNumber("id").longValue();
    assertTrue(offered.header("location").endsWith("/api/transfers/" + id));
    assertEquals(200, Api.get("/api/transfers/" + id, utrecht).status(), "the receiving region");
    assertEquals(403, Api.get("/api/transfers/" + id, Keycloak.token("editor-a")).status());
    assertEquals(
        404,
        Api.send("POST", "/api/transfers/" + id + "/accept", JSON, "", zeeland).status(),
        "only the receiving region answers the offer");
    assertEquals(404, Api.get("/api/cases/" + number, utrecht).status(), "not yet theirs");

    Api.Answer accepted = Api.send("POST", "/api/transfers/" + id + "/accept", JSON, "", utrecht);
    assertEquals(200, accepted.status(), accepted.body());
    Api.Answer moved = Api.get("/api/cases/" + number, utrecht);
    assertEquals(200, moved.status(), moved.body());
    assertEquals("utrecht", moved.object().getString("region"));
    assertEquals(200, Api.get("/api/signals/" + made[1], utrecht).status());
    assertEquals(404, Api.get("/api/cases/" + number, zeeland).status());
    assertEquals(404, Api.get("/api/signals/" + made[1], zeeland).status());

    JsonObject fact =
        Api.get("/api/transfers", zeeland).array().stream()
            .map(JsonObject.class::cast)
            .filter(t -> t.getString("caseNumber").equals(number))
            .findFirst()
            .orElseThrow();
    assertEquals("accepted", fact.getString("status"));
    assertEquals("utrecht", fact.getString("toRegion"));
    assertFalse(fact.containsKey("note") && !fact.isNull("note"), "the fact only, no case text");
  }
}
