package nl.wegwijzer.web.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.wegwijzer.directory.service.HsdsIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The open data API (/api/hsds) on the real deployment with the demo data, every answer checked
 * against HSDS 3.0's required fields, types and enumerations ({@link HsdsSchema}).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Lanes.PUBLIC_SITE, mode = ResourceAccessMode.READ)
@ResourceLock("HsdsContractIT")
@ExtendWith(RunningApp.class)
class HsdsContractIT {

  private static final String BASE = "/api/hsds";

  /** Gets the path, expects 200 and checks the body against the definition; returns the body. */
  private static JsonObject valid(String definition, String path) {
    Api.Answer answer = Api.get(BASE + path);
    assertEquals(200, answer.status(), path + ": " + answer.body());
    assertTrue(answer.header("content-type").startsWith("application/json"), path);
    List<String> problems = HsdsSchema.problems(definition, answer.body());
    assertTrue(problems.isEmpty(), path + " breaks HSDS 3.0: " + problems);
    return answer.object();
  }

  private static void assertProblem(String path, String field) {
    Api.Answer answer = Api.get(BASE + path);
    assertEquals(400, answer.status(), path + ": " + answer.body());
    assertTrue(answer.header("content-type").startsWith("application/problem+json"), path);
    assertEquals(field, answer.object().getString("field"), path);
    assertFalse(answer.body().contains("Exception"), answer.body());
  }

  private static List<JsonObject> contents(JsonObject page) {
    return page.getJsonArray("contents").stream().map(JsonValue::asJsonObject).toList();
  }

  @Test
  void theRootSaysTheVersionAndTheProfile() {
    JsonObject about = valid("about", "/");
    assertEquals("3.0", about.getString("version"));
    assertTrue(about.getString("openapi_url").endsWith("/openapi"));
  }

  @Test
  void everyListAndEveryObjectKeepsTheSpecification() {
    for (String full : new String[] {"", "?full=true"}) {
      for (JsonObject s : contents(valid("page_of_service", "/services" + full))) {
        valid("service", "/services/" + s.getString("id"));
      }
      for (JsonObject o : contents(valid("page_of_organization", "/organizations" + full))) {
        valid("organization", "/organizations/" + o.getString("id"));
      }
      for (JsonObject sal :
          contents(valid("page_of_service_at_location", "/service_at_locations" + full))) {
        valid("service_at_location", "/service_at_locations/" + sal.getString("id"));
      }
    }
    JsonObject taxonomies = valid("page_of_taxonomy", "/taxonomies");
    assertEquals(1, taxonomies.getInt("total_items"));
    JsonObject terms = valid("page_of_taxonomy_term", "/taxonomy_terms?per_page=100");
    assertTrue(
        contents(terms).stream()
            .anyMatch(
                t -> t.getString("name").equals("Opvang") && t.getString("language").equals("nl")));
    assertTrue(
        contents(terms).stream()
            .anyMatch(
                t ->
                    t.getString("name").equals("Shelter") && t.getString("language").equals("en")));
  }

  @Test
  void theServedDocumentNamesTheFieldsAsTheyAreSent() {
    JsonObject schemas = servedDocument().getJsonObject("components").getJsonObject("schemas");
    assertEquals(
        Set.of(
            "total_items",
            "total_pages",
            "page_number",
            "size",
            "first_page",
            "last_page",
            "empty",
            "contents"),
        schemas.getJsonObject("Paged").getJsonObject("properties").keySet());
    Set<String> service = schemas.getJsonObject("Service").getJsonObject("properties").keySet();
    assertTrue(service.containsAll(Set.of("organization_id", "assured_date", "service_areas")));
    assertFalse(service.contains("organizationId"), "the Java name is not what is sent");
    for (String list : new String[] {"/services", "/organizations", "/service_at_locations"}) {
      Set<String> parameters =
          servedDocument()
              .getJsonObject("paths")
              .getJsonObject("/api/hsds" + list)
              .getJsonObject("get")
              .getJsonArray("parameters")
              .getValuesAs(JsonObject.class)
              .stream()
              .map(p -> p.getString("name"))
              .collect(java.util.stream.Collectors.toSet());
      assertEquals(
          Set.of("search", "taxonomy_term_id", "page", "per_page", "modified_after", "full"),
          parameters,
          "HSDS's query parameters of " + list);
    }
  }

  private static JsonObject servedDocument() {
    try (var reader =
        jakarta.json.Json.createReader(new java.io.StringReader(Api.openApiDocument()))) {
      return reader.readObject();
    }
  }

  @Test
  void everyAnswerIsHeldToTheServedDocument() {
    int before = Api.answersChecked();
    String id = contents(valid("page_of_service", "/services")).get(0).getString("id");
    valid("service", "/services/" + id);
    assertTrue(Api.answersChecked() >= before + 2, "Api checks each answer against /openapi");
  }

  @Test
  void pagingReachesTheLastPageAndPastItAnEmptyOne() {
    JsonObject first = valid("page_of_service", "/services?per_page=7");
    int total = first.getInt("total_items");
    int pages = first.getInt("total_pages");
    assertTrue(total >= 100, "the demo directory has over a hundred services: " + total);
    assertEquals((total + 6) / 7, pages);
    Set<String> seen = new HashSet<>();
    for (int page = 1; page <= pages; page++) {
      JsonObject answer = valid("page_of_service", "/services?per_page=7&page=" + page);
      assertEquals(page == 1, answer.getBoolean("first_page"));
      assertEquals(page == pages, answer.getBoolean("last_page"));
      assertFalse(answer.getBoolean("empty"));
      contents(answer).forEach(s -> seen.add(s.getString("id")));
    }
    assertEquals(total, seen.size(), "every service once, on one page");
    JsonObject past = valid("page_of_service", "/services?per_page=7&page=" + (pages + 1));
    assertTrue(past.getBoolean("empty"));
    assertTrue(past.getJsonArray("contents").isEmpty());
    assertEquals(total, past.getInt("total_items"));
    JsonObject nothing = valid("page_of_service", "/services?search=xyzzyqwerty");
    assertTrue(nothing.getBoolean("empty"));
    assertEquals(0, nothing.getInt("total_items"));
  }

  @Test
  void aConfidentialLocationHasItsNameAndMunicipalityOnly() {
    String slug = "stichting-ankerpunt-mannenopvang";
    String id = HsdsIds.of("organization", slug);
    Api.Answer answer = Api.get(BASE + "/organizations/" + id);
    assertFalse(answer.body().contains("Fictieweg"), "the shelter's street stays secret");
    assertFalse(answer.body().contains("3511 NR"), "and its postcode");
    JsonObject organisation = valid("organization", "/organizations/" + id);
    List<JsonObject> locations =
        organisation.getJsonArray("locations").stream().map(JsonValue::asJsonObject).toList();
    assertEquals(2, locations.size());
    JsonObject shelter = locations.get(0);
    assertEquals("Mannenopvang Midden-Nederland", shelter.getString("name"));
    assertTrue(shelter.getJsonArray("addresses").isEmpty());
    assertTrue(shelter.getJsonArray("schedules").isEmpty());
    assertFalse(shelter.containsKey("latitude"));
    assertEquals("GM0344", shelter.getJsonArray("attributes").getJsonObject(0).getString("value"));
    for (String list : new String[] {"/organizations", "/services", "/service_at_locations"}) {
      JsonObject first = valid("page", list + "?full=true&per_page=100");
      for (int page = 1; page <= first.getInt("total_pages"); page++) {
        String body = Api.get(BASE + list + "?full=true&per_page=100&page=" + page).body();
        for (String secret : confidentialStreets()) {
          assertFalse(body.contains('"' + secret + '"'), list + " gives away " + secret);
        }
      }
    }
  }

  @Test
  void aServiceOfferedInSeveralRegionsHasAnAreaForEach() {
    String id = HsdsIds.of("service", "advocatencollectief-binnenduin/residence-advice/1");
    JsonObject service = valid("service", "/services/" + id);
    Set<String> areas = new HashSet<>();
    service
        .getJsonArray("service_areas")
        .forEach(a -> areas.add(a.asJsonObject().getString("uri")));
    assertEquals(
        Set.of(
            "urn:wegwijzer:region:kennemerland",
            "urn:wegwijzer:region:noord-kennemerland-west-friesland",
            "urn:wegwijzer:region:kop-van-noord-holland"),
        areas);
    assertNotNull(service.getString("last_modified"), "each object says when it changed");
    JsonObject organisation =
        valid("organization", "/organizations/" + service.getString("organization_id"));
    assertEquals(
        1,
        organisation.getJsonArray("metadata").size(),
        "and when it was last checked (or, never checked as the demo data, last changed)");
  }

  @Test
  void aTermAndAnInstantNarrowTheList() {
    String shelter = HsdsIds.of("taxonomy_term", "care-need/shelter/nl");
    JsonObject shelters =
        valid("page_of_service", "/services?per_page=100&taxonomy_term_id=" + shelter);
    assertTrue(shelters.getInt("total_items") > 0);
    JsonObject all = valid("page_of_service", "/services?per_page=1");
    assertTrue(shelters.getInt("total_items") < all.getInt("total_items"));
    JsonObject future = valid("page_of_service", "/services?modified_after=2999-01-01T00:00:00Z");
    assertEquals(0, future.getInt("total_items"));
    JsonObject past = valid("page_of_service", "/services?per_page=1&modified_after=2000-01-01");
    assertEquals(all.getInt("total_items"), past.getInt("total_items"));
  }

  @Test
  void badParametersAreProblemsNeverErrors() {
    assertProblem("/services?page=0", "page");
    assertProblem("/services?page=twee", "page");
    assertProblem("/services?per_page=1000", "per_page");
    assertProblem("/services?full=ja", "full");
    assertProblem("/services?modified_after=gisteren", "modified_after");
    assertProblem("/services?taxonomy_term_id=shelter", "taxonomy_term_id");
    assertProblem("/organizations?search=" + "x".repeat(300), "search");
    assertProblem("/service_at_locations?per_page=-1", "per_page");
    assertProblem("/taxonomy_terms?page=x", "page");
    Api.Answer unknown = Api.get(BASE + "/services/00000000-0000-5000-8000-000000000000");
    assertEquals(404, unknown.status());
    assertTrue(unknown.header("content-type").startsWith("application/problem+json"));
  }

  /**
   * CC0 1.0 (docs/hsds.md, "Licence of the data") where a reuser looks for it: the CSV download's
   * package descriptor, the API document that the HSDS root names, and the developers' page in both
   * languages with what CC0 does not cover.
   */
  @Test
  void theDataIsCc0WhereverAReuserLooks() throws Exception {
    String deed = "https://creativecommons.org/publicdomain/zero/1.0/";
    HttpResponse<byte[]> zip =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(RunningApp.baseUrl() + BASE + "/downloads/hsds-csv.zip"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, zip.statusCode());
    JsonObject descriptor = null;
    try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        if (entry.getName().equals("datapackage.json")) {
          descriptor =
              Json.createReader(new StringReader(new String(entries.readAllBytes(), UTF_8)))
                  .readObject();
        }
      }
    }
    assertNotNull(descriptor, "the zip has datapackage.json");
    JsonObject licence = descriptor.getJsonArray("licenses").getJsonObject(0);
    assertEquals("CC0-1.0", licence.getString("name"));
    assertEquals(deed, licence.getString("path"));
    String openapiUrl = Api.get(BASE + "/").object().getString("openapi_url");
    assertTrue(openapiUrl.endsWith("/openapi"), openapiUrl);
    assertEquals(
        deed, servedDocument().getJsonObject("info").getJsonObject("license").getString("url"));
    Api.Answer dutch = Api.get("/ontwikkelaars");
    assertEquals(200, dutch.status());
    assertTrue(dutch.body().contains("href=\"" + deed + "\""), "the page links the deed");
    assertTrue(dutch.body().contains("CC0 1.0 (publiek domein)"), dutch.body());
    assertTrue(dutch.body().contains("CC0 gaat niet over persoonsgegevens"), dutch.body());
    assertTrue(dutch.body().contains("AVG"), dutch.body());
    Api.Answer english = Api.get("/ontwikkelaars?lang=en");
    assertEquals(200, english.status());
    assertTrue(english.body().contains("CC0 1.0 (public domain)"), english.body());
    assertTrue(english.body().contains("CC0 does not cover personal data"), english.body());
    assertTrue(english.body().contains("GDPR"), english.body());
  }

  @Test
  void theDownloadsComeAgainOnlyWhenChanged() {
    for (String file : new String[] {"/downloads/hsds.json", "/downloads/hsds-csv.zip"}) {
      Api.Answer download = Api.get(BASE + file);
      assertEquals(200, download.status(), file);
      String tag = download.header("etag");
      String lastModified = download.header("last-modified");
      assertNotNull(tag, file);
      assertNotNull(lastModified, file);
      assertEquals(304, Api.getWith(BASE + file, Map.of("If-None-Match", tag)).status(), file);
      assertEquals(
          304, Api.getWith(BASE + file, Map.of("If-Modified-Since", lastModified)).status(), file);
      assertEquals(
          200,
          Api.getWith(BASE + file, Map.of("If-None-Match", "\"something-else\"")).status(),
          file);
      assertEquals(
          tag, Api.get(BASE + file).header("etag"), "the same bytes while nothing changed");
    }
    Api.Answer json = Api.get(BASE + "/downloads/hsds.json");
    JsonObject hsds = json.object();
    assertEquals("3.0", hsds.getString("version"));
    assertTrue(hsds.getJsonArray("services").size() >= 100);
    JsonObject first = hsds.getJsonArray("services").getJsonObject(0);
    assertTrue(HsdsSchema.problems("service", first.toString()).isEmpty());
    for (String secret : confidentialStreets()) {
      assertFalse(json.body().contains('"' + secret + '"'), secret + " is a shelter's street");
    }
  }

  /**
   * The streets of the demo data's confidential locations, which no answer may hold as a value
   * (quoted: 'Ontwerpkade 3' is a shelter, 'Ontwerpkade 39' a public office).
   */
  private static List<String> confidentialStreets() {
    try (var reader =
        jakarta.json.Json.createReader(
            java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of(RunningApp.demoData(), "organisations.json")))) {
      List<String> streets =
          reader.readArray().stream()
              .flatMap(o -> o.asJsonObject().getJsonArray("locations").stream())
              .map(JsonValue::asJsonObject)
              .filter(l -> l.getBoolean("confidential") && l.get("street") instanceof JsonString)
              .map(l -> l.getString("street"))
              .toList();
      assertFalse(streets.isEmpty(), "the demo data has shelters with a stored street");
      return streets;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
