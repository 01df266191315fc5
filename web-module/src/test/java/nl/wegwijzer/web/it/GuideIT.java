package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The guide's API and pages over HTTP on the real deployment with the seed content. */
@ExtendWith(RunningApp.class)
class GuideIT {

  @Test
  void theFourPhasesComeInOrder() {
    List<String> slugs =
        Api.get("/api/phases").array().stream()
            .map(JsonValue::asJsonObject)
            .map(p -> p.getString("slug"))
            .toList();
    assertEquals(
        List.of("signaleren", "beschermen", "strafrechtelijk-proces", "compensatie"), slugs);
  }

  @Test
  void theRouteForANonEuAdultOfLabourExploitationWhoDoesNotReportShowsTheReflectionPeriod() {
    JsonObject route =
        Api.get(
                "/api/route",
                Map.of(
                    "age",
                    "adult",
                    "nationality",
                    "non-eu",
                    "form",
                    "labour",
                    "report",
                    "no",
                    "municipality",
                    "Middelburg"))
            .object();
    String json = route.toString();
    assertTrue(json.contains("bedenktijd"), json);
    JsonObject dutch =
        Api.get(
                "/api/route",
                Map.of("age", "adult", "nationality", "dutch", "form", "labour", "report", "no"))
            .object();
    assertFalse(dutch.toString().contains("\"slug\":\"bedenktijd\""), dutch.toString());
  }

  @Test
  void badRouteAnswersAreProblems() {
    Api.Answer bad = Api.get("/api/route", Map.of("age", "old"));
    assertEquals(400, bad.status());
    assertTrue(bad.header("content-type").startsWith("application/problem+json"));
    assertEquals(400, Api.get("/api/route", Map.of("municipality", "Atlantis")).status());
    assertEquals(404, Api.get("/api/steps/bestaat-niet").status());
  }

  @Test
  void theRoutePageShowsTheReflectionPeriodAndTheCoordinator() {
    Api.Answer page =
        Api.get(
            "/route-op-maat",
            Map.of(
                "leeftijd",
                "adult",
                "nationaliteit",
                "non-eu",
                "vorm",
                "labour",
                "aangifte",
                "no",
                "gemeente",
                "Middelburg"));
    assertEquals(200, page.status());
    assertTrue(page.body().contains("data-regulation=\"bedenktijd\""), page.body());
    assertTrue(page.body().contains("Zorgcoördinator voor Middelburg"));
    assertTrue(page.body().contains("Geldt"));
  }

  @Test
  void aStepPageHasItsRightsHelpersAndNeighbours() {
    JsonObject phase = Api.get("/api/phases/beschermen").object();
    String step = phase.getJsonArray("steps").getJsonObject(1).getString("slug");
    Api.Answer page = Api.get("/beschermen/" + step);
    assertEquals(200, page.status());
    assertTrue(page.body().contains("rel=\"prev\""));
    assertTrue(page.body().contains("rel=\"next\""));
    assertTrue(page.body().contains("id=\"feedback\""));
    assertEquals(404, Api.get("/signaleren/" + step).status(), "a step under the wrong phase");
    assertEquals(404, Api.get("/beschermen/bestaat-niet").status());
  }

  @Test
  void siteSearchGroupsGuideContentAndOrganisations() {
    Api.Answer page = Api.get("/zoeken", Map.of("q", "aangifte"));
    assertEquals(200, page.status());
    assertTrue(page.body().contains("id=\"kind-step\""), page.body());
    assertTrue(page.body().contains("<mark>"), "highlighted snippets");
    Api.Answer nothing = Api.get("/zoeken", Map.of("q", "xyzzyonbekend"));
    assertTrue(nothing.body().contains("id=\"search-empty\""));
  }

  @Test
  void feedbackIsStoredWithoutTheQueryAndLimitedPerVisitor() {
    Api.Answer answer =
        Api.send(
            "POST",
            "/feedback",
            "application/x-www-form-urlencoded",
            "pagina=%2Froute-op-maat%3Fleeftijd%3Dminor&nuttig=ja&opmerking=Duidelijk");
    assertEquals(302, answer.status());
    assertTrue(
        answer.header("location").endsWith("/route-op-maat?feedback=bedankt#feedback"),
        answer.header("location"));
    String last = null;
    for (int i = 0; i < 6; i++) {
      last =
          Api.send(
                  "POST", "/feedback", "application/x-www-form-urlencoded", "pagina=%2F&nuttig=nee")
              .header("location");
    }
    assertTrue(last.contains("feedback=te-vaak"), last);
    Api.Answer offsite =
        Api.send(
            "POST",
            "/feedback",
            "application/x-www-form-urlencoded",
            "pagina=https%3A%2F%2Fevil.example&nuttig=ja");
    assertFalse(offsite.header("location").contains("evil.example"));
  }

  @Test
  void informationPagesAndRegulationsHaveReadableUrls() {
    assertEquals(200, Api.get("/informatie/over-deze-wegwijzer").status());
    assertTrue(Api.get("/informatie/over-deze-wegwijzer").body().contains("redactie"));
    assertEquals(200, Api.get("/rechten/bedenktijd").status());
    assertEquals(404, Api.get("/informatie/bestaat-niet").status());
  }

  @Test
  void theListsOfTheGuideAreThere() {
    for (String path :
        List.of(
            "/informatie",
            "/signalen-herkennen",
            "/verhalen",
            "/nieuws",
            "/vragen",
            "/documenten")) {
      Api.Answer page = Api.get(path);
      assertEquals(200, page.status(), path);
    }
    Api.Answer indicators = Api.get("/signalen-herkennen");
    assertTrue(
        indicators.body().split("type=\"checkbox\"").length > 10, "a checklist of indicators");
    assertTrue(indicators.body().contains("niets verstuurd"));
    assertTrue(indicators.body().contains("href=\"/zorgcoordinator\""));
  }

  @Test
  void theSitemapListsPublishedPagesAndOrganisations() {
    Api.Answer sitemap = Api.get("/sitemap.xml");
    assertEquals(200, sitemap.status());
    assertTrue(sitemap.header("content-type").startsWith("application/xml"));
    assertTrue(sitemap.body().contains("/beschermen</loc>"));
    assertTrue(sitemap.body().contains("/rechten/bedenktijd</loc>"));
    assertTrue(
        sitemap.body().contains("/organisaties/stichting-brugplaats-categorale-opvang</loc>"));
  }

  @Test
  void theNewsIsAnAtomFeed() {
    Api.Answer feed = Api.get("/nieuws.atom");
    assertEquals(200, feed.status());
    assertTrue(feed.header("content-type").startsWith("application/atom+xml"));
    assertTrue(feed.body().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
    int entries = feed.body().split("<entry>").length - 1;
    assertTrue(entries >= 1, feed.body());
    assertEquals(entries, Api.get("/nieuws").body().split("href=\"/nieuws/").length - 1);
  }

  @Test
  void aPublishedHandbookIsListedAndDownloadsAsPdf() {
    Api.Answer list = Api.get("/documenten");
    assertTrue(
        list.body().contains("href=\"/api/documents/signalenkaart-voorbeeld\""), list.body());
    Api.Answer pdf = Api.get("/api/documents/signalenkaart-voorbeeld");
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.header("content-type"));
    assertTrue(pdf.header("content-disposition").startsWith("attachment"));
    assertTrue(pdf.body().startsWith("%PDF-"));
    assertEquals(404, Api.get("/api/documents/bestaat-niet").status());
  }

  @Test
  void theSearchApiAnswersWithSnippets() {
    JsonObject result = Api.get("/api/search", Map.of("q", "aangifte")).object();
    assertTrue(result.getJsonArray("items").size() > 0, result.toString());
    assertTrue(result.toString().contains("<mark>"));
    assertEquals(400, Api.get("/api/search", Map.of("q", "x".repeat(500))).status());
  }
}
