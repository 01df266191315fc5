package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Places as people type them, over HTTP on the real deployment: a URL key in the coordinator API,
 * and a common name and a former municipality's name on the coordinator finder page.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Lanes.PUBLIC_SITE, mode = ResourceAccessMode.READ)
@ResourceLock("PlacesIT")
@ExtendWith(RunningApp.class)
class PlacesIT {

  private static final Pattern ANSWER_HEADING =
      Pattern.compile("id=\"coordinator-answer\">\\s*<h2>([^<]*)</h2>");
  private static final Pattern FORMER = Pattern.compile("id=\"former-municipality\">([^<]*)</p>");

  private static Api.Answer coordinatorOf(String municipality) {
    return Api.get("/api/coordinators", Map.of("municipality", municipality));
  }

  /** The text of the first group, with the entities Faces writes for quotes and ampersands. */
  private static String found(Pattern pattern, String page) {
    Matcher matcher = pattern.matcher(page);
    assertTrue(matcher.find(), pattern + " in " + page);
    return matcher
        .group(1)
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .strip();
  }

  @Test
  void theCoordinatorApiTakesAMunicipalityAsItsUrlKey() {
    Api.Answer bySlug = coordinatorOf("sudwest-fryslan");
    assertEquals(200, bySlug.status(), bySlug.body());
    JsonObject answer = bySlug.object();
    assertEquals("GM1900", answer.getJsonObject("municipality").getString("code"));
    assertEquals("Súdwest-Fryslân", answer.getJsonObject("municipality").getString("name"));
    assertFalse(answer.getJsonArray("coordinators").isEmpty());
    assertFalse(answer.containsKey("formerMunicipality"), "no merger to explain");

    JsonObject byName = coordinatorOf("Súdwest-Fryslân").object();
    assertEquals(byName.getJsonArray("coordinators"), answer.getJsonArray("coordinators"));
    assertEquals(
        byName.getJsonArray("coordinators"),
        coordinatorOf("Sudwest Fryslan").object().getJsonArray("coordinators"));
  }

  @Test
  void aFormerMunicipalitysNameAnswersWithWhereItWentInBothLanguages() {
    JsonObject answer = coordinatorOf("Brielle").object();
    assertEquals("GM1992", answer.getJsonObject("municipality").getString("code"));
    JsonObject former = answer.getJsonObject("formerMunicipality");
    assertEquals("Brielle", former.getString("name"));
    assertEquals("Voorne aan Zee", former.getString("partOf"));
    assertEquals("2023-01-01", former.getString("since"));
    JsonObject explanation = former.getJsonObject("explanation");
    assertEquals(
        "Brielle is sinds 1 januari 2023 deel van Voorne aan Zee.", explanation.getString("nl"));
    assertEquals(
        "Brielle has been part of Voorne aan Zee since 1 January 2023.",
        explanation.getString("en"));
  }

  @Test
  void theFinderPageFindsDenBosch() {
    Api.Answer page = Api.get("/zorgcoordinator", Map.of("plaats", "Den Bosch"));
    assertEquals(200, page.status());
    assertTrue(found(ANSWER_HEADING, page.body()).endsWith("'s-Hertogenbosch"), page.body());
    assertFalse(page.body().contains("id=\"place-problem\""), "no refusal");
    assertFalse(page.body().contains("id=\"former-municipality\""), "no merger to explain");
    assertTrue(page.body().contains("class=\"card coordinator-card\""), "a coordinator's card");
  }

  @Test
  void theFinderPageSaysBrielleIsNowPartOfVoorneAanZee() {
    Api.Answer dutch = Api.get("/zorgcoordinator", Map.of("plaats", "Brielle"));
    assertEquals(200, dutch.status());
    assertTrue(found(ANSWER_HEADING, dutch.body()).endsWith("Voorne aan Zee"), dutch.body());
    assertEquals(
        "Brielle is sinds 1 januari 2023 deel van Voorne aan Zee.", found(FORMER, dutch.body()));
    assertTrue(dutch.body().contains("class=\"card coordinator-card\""), "a coordinator's card");

    Api.Answer english = Api.get("/zorgcoordinator", Map.of("plaats", "brielle", "lang", "en"));
    assertEquals(
        "Brielle has been part of Voorne aan Zee since 1 January 2023.",
        found(FORMER, english.body()));
  }

  @Test
  void theOtherPlaceInputsReadPlacesTheSameWay() {
    assertEquals(200, Api.get("/api/organisations", Map.of("municipality", "den-bosch")).status());
    assertEquals(200, Api.get("/api/organisations", Map.of("municipality", "Weesp")).status());
    assertEquals(400, Api.get("/api/organisations", Map.of("municipality", "Atlantis")).status());
    assertTrue(
        Api.get("/api/municipalities", Map.of("q", "sudw")).body().contains("Súdwest-Fryslân"),
        "the suggestions ignore accents");
  }
}
