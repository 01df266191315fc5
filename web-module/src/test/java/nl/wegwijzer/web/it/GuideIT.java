package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The guide's API and pages over HTTP on the real deployment with the seed content. */
@ResourceLock(value = Lanes.PUBLIC_SITE, mode = ResourceAccessMode.READ)
@Order(Lanes.BEFORE_THE_WRITERS)
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
    assertFalse(slugs(dutch, "regulations").contains("bedenktijd"), dutch.toString());
    JsonObject notForDutch =
        regulations(dutch, "notApplying").stream()
            .filter(r -> r.getString("slug").equals("bedenktijd"))
            .findFirst()
            .orElseThrow();
    assertEquals("fails-nationality", notForDutch.getString("reasonKey"));
    assertEquals("B8/3-2023", notForDutch.getString("ruleVersion"));
  }

  private static List<JsonObject> regulations(JsonObject route, String list) {
    return route.getJsonArray("phases").stream()
        .flatMap(p -> p.asJsonObject().getJsonArray("steps").stream())
        .flatMap(s -> s.asJsonObject().getJsonArray(list).stream())
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private static List<String> slugs(JsonObject route, String list) {
    return regulations(route, list).stream().map(r -> r.getString("slug")).toList();
  }

  @Test
  void theRouteIsComputedWithTheRuleVersionOfItsDayAndShowsItWithTheLegalBasis() {
    Map<String, String> nonEu = Map.of("age", "adult", "nationality", "non-eu", "report", "no");
    JsonObject today = Api.get("/api/route", nonEu).object();
    JsonObject reflection =
        regulations(today, "regulations").stream()
            .filter(r -> r.getString("slug").equals("bedenktijd"))
            .findFirst()
            .orElseThrow();
    assertEquals("B8/3-2023", reflection.getString("ruleVersion"));
    assertEquals("conditions-hold", reflection.getString("reasonKey"));
    assertTrue(reflection.getString("legalBasis").contains("B8/3"), reflection.toString());
    assertFalse(reflection.isNull("checkedOn"), "the day it was checked against the law");

    Map<String, String> in2015 = new java.util.HashMap<>(nonEu);
    in2015.put("on", "2015-01-01");
    JsonObject earlier = Api.get("/api/route", in2015).object();
    assertEquals("2015-01-01", earlier.getString("on"));
    JsonObject old =
        regulations(earlier, "regulations").stream()
            .filter(r -> r.getString("slug").equals("bedenktijd"))
            .findFirst()
            .orElseThrow();
    assertEquals("B9-2011", old.getString("ruleVersion"));
    assertTrue(old.getString("legalBasis").contains("B9"), old.toString());
    in2015.put("on", "gisteren");
    assertEquals(400, Api.get("/api/route", in2015).status());

    Api.Answer page =
        Api.get(
            "/route-op-maat",
            Map.of("leeftijd", "adult", "nationaliteit", "non-eu", "aangifte", "no"));
    assertEquals(200, page.status());
    String body = page.body();
    assertTrue(
        body.contains("data-regulation=\"bedenktijd\" data-rule-version=\"B8/3-2023\""), body);
    assertTrue(body.contains("Regelversie B8/3-2023."), body);
    assertTrue(body.contains("Vreemdelingencirculaire 2000, paragraaf B8/3.1"), body);
    assertTrue(body.contains("Laatst getoetst aan de wet: 7 december 2026."), body);
    assertTrue(body.contains("Geldt, omdat u opgaf: nationaliteit: Buiten de EU; aangifte: Nee."));
    // What does not apply is there on request, without JavaScript, with its reason.
    assertTrue(body.contains("<details class=\"route-not-applying\">"), body);
    assertTrue(
        body.contains("data-not-applying=\"verblijfsvergunning-slachtoffer-mensenhandel\""), body);
    assertTrue(
        body.contains("Geldt niet: bij aangifte is dit alleen voor Ja of Weet nog niet"), body);

    Api.Answer eu =
        Api.get(
            "/route-op-maat", Map.of("leeftijd", "adult", "nationaliteit", "eu", "aangifte", "no"));
    assertTrue(eu.body().contains("data-not-applying=\"bedenktijd\""), eu.body());
    assertTrue(
        eu.body().contains("Nederlanders en EU-burgers hebben geen verblijfsvergunning nodig"),
        eu.body());

    Api.Answer right = Api.get("/rechten/bedenktijd");
    assertTrue(right.body().contains("Regelversie B8/3-2023."), right.body());
    assertTrue(right.body().contains("Laatst getoetst aan de wet: 7 december 2026."));
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
    assertTrue(page.body().contains("id=\"route-coordinator-date\">Opgezocht op "), page.body());
    String summary = between(page.body(), "id=\"route-summary\"", "</dl>");
    for (String answer :
        List.of("Datum", "Volwassenen", "Buiten de EU", "Arbeidsuitbuiting", "Nee", "Middelburg")) {
      assertTrue(summary.contains(answer), "the printed route carries " + answer + ": " + summary);
    }
    assertNearestFirst(page.body());
    // The demo's Zeeland lawyers before the national network: the local provider is not missed.
    String legalAid = between(page.body(), "data-need=\"legal-aid\"", "</p>");
    assertTrue(
        legalAid.indexOf("scheldestroom-rechtshulp")
            < legalAid.indexOf("landelijk-advocatennetwerk-mensenhandelrecht"),
        legalAid);
    assertTrue(legalAid.contains("scheldestroom-rechtshulp"), legalAid);
    assertFalse(page.body().contains("id=\"route-no-place\""));
  }

  /**
   * Brielle lies in Zuid-Hollandse Eilanden, whose coordination (demo data) splits at 18: the route
   * asks only minor or adult, and lists the point whose age band covers the person; without an age
   * both, each with its band.
   */
  @Test
  void theRouteListsTheCoordinationPointWhoseAgeBandCoversThePerson() {
    String young = "Voor slachtoffers jonger dan 18 jaar";
    String grownUp = "Voor slachtoffers van 18 jaar en ouder";
    String adult = routeCoordinator("leeftijd=adult&gemeente=Brielle");
    assertTrue(adult.contains(grownUp), adult);
    assertFalse(adult.contains(young), adult);
    String minor = routeCoordinator("leeftijd=minor&gemeente=Brielle");
    assertTrue(minor.contains(young), minor);
    assertFalse(minor.contains(grownUp), minor);
    String unknown = routeCoordinator("nationaliteit=eu&gemeente=Brielle");
    assertTrue(unknown.contains(young) && unknown.contains(grownUp), unknown);
  }

  private static String routeCoordinator(String query) {
    Api.Answer page = Api.get("/route-op-maat?" + query);
    assertEquals(200, page.status(), page.body());
    return between(page.body(), "id=\"route-coordinator\"", "id=\"route-coordinator-date\"");
  }

  /** A municipality that merged away: the route says where it went, in the page's language. */
  @Test
  void theRouteSaysBrielleIsNowPartOfVoorneAanZee() {
    assertTrue(
        Api.get("/route-op-maat?leeftijd=adult&gemeente=Brielle")
            .body()
            .contains(
                "id=\"former-municipality\">Brielle is sinds 1 januari 2023 deel van Voorne aan"
                    + " Zee.</p>"));
    assertTrue(
        Api.get("/route-op-maat?leeftijd=adult&gemeente=brielle&lang=en")
            .body()
            .contains(
                "id=\"former-municipality\">Brielle has been part of Voorne aan Zee since 1"
                    + " January 2023.</p>"));
    assertFalse(
        Api.get("/route-op-maat?leeftijd=adult&gemeente=Utrecht")
            .body()
            .contains("id=\"former-municipality\""),
        "no merger to explain");
  }

  /**
   * Bookmarks from before the sexual form was split: a page redirects to the current code, the API
   * reads the old one as the new.
   */
  @Test
  void aFormerFormCodeInAnOldUrlLeadsToTheCurrentOne() {
    Api.Answer route = Api.get("/route-op-maat?leeftijd=adult&vorm=sexual&gemeente=Utrecht");
    assertEquals(301, route.status());
    assertTrue(
        route
            .header("location")
            .endsWith("/route-op-maat?leeftijd=adult&vorm=sexual-domestic&gemeente=Utrecht"),
        route.header("location"));
    Api.Answer followed = Api.get(route.header("location").replaceFirst("^https?://[^/]+", ""));
    assertEquals(200, followed.status());
    assertTrue(
        followed.body().contains("value=\"sexual-domestic\" checked=\"checked\""),
        "the current form is the one chosen");

    Api.Answer directory = Api.get("/organisaties?form=sexual");
    assertEquals(301, directory.status());
    assertTrue(
        directory.header("location").endsWith("/organisaties?form=sexual-domestic"),
        directory.header("location"));

    Api.Answer api = Api.get("/api/route?age=adult&form=sexual");
    assertEquals(200, api.status(), api.body());
    assertEquals(
        "sexual-domestic", api.object().getJsonObject("profile").getString("form"), api.body());
    assertEquals(
        Api.get("/api/organisations?form=sexual-domestic").body(),
        Api.get("/api/organisations?form=sexual").body());
  }

  /**
   * The answers live only in the URL: the page makes no session and sets no cookie, and neither the
   * server's page cache nor any other cache may keep it.
   */
  @Test
  void theRouteWithAnswersIsNeitherStoredNorCached() {
    String path = "/route-op-maat?leeftijd=adult&vorm=labour&gemeente=Utrecht&taal=es&vannacht=ja";
    Api.Answer first = Api.get(path);
    Api.Answer second = Api.get(path);
    for (Api.Answer page : List.of(first, second)) {
      assertEquals(200, page.status());
      assertEquals(null, page.header("set-cookie"));
      assertEquals("no-store", page.header("cache-control"));
      assertEquals(null, page.header("etag"), "not served from the page cache");
    }
    assertEquals(
        "public, max-age=0, must-revalidate, s-maxage=1",
        Api.get("/route-op-maat").header("cache-control"),
        "the empty form is still cached");
  }

  @Test
  void theOptionalQuestionsChangeTheRoute() {
    Api.Answer tonight =
        Api.get(
            "/route-op-maat?leeftijd=adult&nationaliteit=non-eu&vorm=labour&gemeente=Utrecht"
                + "&geslacht=female&taal=es&taal=ar&vannacht=ja");
    assertEquals(200, tonight.status());
    String shelter = between(tonight.body(), "id=\"route-tonight\"", "</section>");
    assertTrue(shelter.contains("data-organisation=\"stichting-domstad-schuilplaats\""), shelter);
    assertFalse(
        shelter.contains("stichting-ankerpunt-mannenopvang"), "a men's shelter for a woman");
    assertTrue(shelter.contains("href=\"tel:"), "the 24/7 numbers: " + shelter);
    assertTrue(
        tonight.body().indexOf("id=\"route-tonight\"")
            < tonight.body().indexOf("class=\"route-phase\""),
        "shelter first");
    String summary = between(tonight.body(), "id=\"route-summary\"", "</dl>");
    for (String answer : List.of("Vrouw", "Spaans, Arabisch", "Ja, vannacht")) {
      assertTrue(summary.contains(answer), answer + " in " + summary);
    }
    assertNearestFirst(tonight.body());

    Api.Answer man =
        Api.get("/route-op-maat?leeftijd=adult&gemeente=Utrecht&geslacht=male&vannacht=ja");
    String forAMan = between(man.body(), "id=\"route-tonight\"", "</section>");
    assertTrue(forAMan.contains("stichting-ankerpunt-mannenopvang"), forAMan);
    assertFalse(forAMan.contains("stichting-domstad-schuilplaats"), forAMan);

    Api.Answer nowhere = Api.get("/route-op-maat?leeftijd=adult&vorm=labour");
    assertTrue(nowhere.body().contains("id=\"route-no-place\""), "the prompt for a place");
    assertFalse(nowhere.body().contains("(in de regio)"), "no regional organisation without place");
    assertFalse(nowhere.body().contains("(in de gemeente)"));
    assertTrue(nowhere.body().contains("(landelijk)"));
    assertFalse(nowhere.body().contains("id=\"route-tonight\""), "not asked");

    assertEquals(400, Api.get("/api/route?gender=vrouw").status());
    assertEquals(400, Api.get("/api/route?tonight=misschien").status());
    JsonObject api =
        Api.get("/api/route?age=adult&municipality=Utrecht&gender=female&language=es&tonight=true")
            .object();
    assertEquals("shelter", api.getJsonObject("tonight").getString("need"));
    assertFalse(api.getJsonArray("help").isEmpty());
  }

  /** In every care need's list on a route page, no organisation comes before a nearer one. */
  private static void assertNearestFirst(String body) {
    List<String> order = List.of("(in de gemeente)", "(in de regio)", "(landelijk)");
    Matcher groups =
        Pattern.compile("data-need=\"([a-z-]+)\">(.*?)</p>", Pattern.DOTALL).matcher(body);
    int seen = 0;
    while (groups.find()) {
      seen++;
      Matcher labels =
          Pattern.compile("\\(in de gemeente\\)|\\(in de regio\\)|\\(landelijk\\)")
              .matcher(groups.group(2));
      int last = 0;
      while (labels.find()) {
        int rank = order.indexOf(labels.group());
        assertTrue(
            rank >= last, groups.group(1) + " lists a farther one first: " + groups.group(2));
        last = rank;
      }
    }
    assertTrue(seen > 0, "the route lists organisations per care need");
  }

  private static String between(String body, String start, String end) {
    int from = body.indexOf(start);
    assertTrue(from >= 0, start + " in the page");
    int to = body.indexOf(end, from);
    return body.substring(from, to < 0 ? body.length() : to);
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
  void theHomePagesOrganisationSearchGoesToTheDirectoryAndTheSiteSearchStaysTheSiteSearch() {
    String home = Api.get("/").body();
    assertTrue(
        home.matches(
            "(?s).*<form method=\"get\" action=\"[^\"]*/organisaties\"[^>]*id=\"home-organisation-search\".*"),
        home);
    Api.Answer directory = Api.get("/organisaties", Map.of("q", "tolk"));
    assertTrue(directory.body().contains("value=\"tolk\""), "the query stays in the form");
    Api.Answer site = Api.get("/zoeken", Map.of("q", "aangifte"));
    assertTrue(
        site.body().contains("/organisaties?q=aangifte"), "the site search links on with it");
  }

  @Test
  void aStreetWordOrAPlaceInTheSearchFindsWhatTheOfficialWordsFind() {
    String loverboy = Api.get("/zoeken", Map.of("q", "loverboy")).body();
    assertTrue(loverboy.contains("id=\"kind-exploitation-form\""), loverboy);
    String place = Api.get("/zoeken", Map.of("q", "opvang Utrecht")).body();
    assertTrue(place.contains("id=\"search-coordinator\""), place);
    String postcode = Api.get("/organisaties", Map.of("q", "advocaat 3511")).body();
    assertTrue(postcode.contains("id=\"search-coordinator\""), postcode);
  }

  @Test
  void aTypingErrorIsCorrectedAndItsResultsShownWhenTheWordsFindNothing() {
    String site = Api.get("/zoeken", Map.of("q", "aangifde")).body();
    assertTrue(site.contains("id=\"search-corrected\""), site);
    assertTrue(site.contains("id=\"kind-step\""), "the correction's hits");
    String directory = Api.get("/organisaties", Map.of("q", "advokaat")).body();
    assertTrue(directory.contains("id=\"search-corrected\""), directory);
    assertFalse(directory.contains("id=\"empty-state\""), "the correction's organisations");
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

  @Test
  void theFlowChartDrawsThePhasesStepsAndRegulationsFromTheRulesAndFiltersByAProfile() {
    Api.Answer whole = Api.get("/stroomschema");
    assertEquals(200, whole.status());
    String body = whole.body();
    assertTrue(body.contains("<div class=\"flowchart-drawing\" aria-hidden=\"true\">"), body);
    assertTrue(body.contains("<ol class=\"flowchart-list\""), body);
    assertTrue(body.contains("data-phase=\"compensatie\""), body);
    assertTrue(body.contains("data-regulation=\"bedenktijd\""), body);
    assertTrue(
        body.contains(
            "Geldt misschien: het hangt af van nationaliteit (geldt bij: Buiten de EU); aangifte"),
        body);
    assertFalse(body.contains("id=\"flowchart-filter\""));

    Api.Answer dutch = Api.get("/stroomschema", Map.of("nationaliteit", "dutch"));
    assertEquals(200, dutch.status());
    assertTrue(dutch.body().contains("id=\"flowchart-filter\""), dutch.body());
    assertFalse(dutch.body().contains("data-regulation=\"bedenktijd\""), dutch.body());
    assertTrue(dutch.body().contains("data-regulation=\"gratis-rechtsbijstand\""));
    assertTrue(
        Api.get("/stroomschema", Map.of("papier", "a3")).body().contains("flowchart paper-a3"));
    assertTrue(Api.get("/sitemap.xml").body().contains("/stroomschema</loc>"));
  }
}
