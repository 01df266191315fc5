package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract that every API test's answer ({@link Api}) and every answer of ApiFuzzIT is held to
 * fails on a mismatch: the answers of today's API against a document in the shape of the served one
 * pass, and the same answers against the document as it was served before issue 24 fail (test
 * resources {@code openapi/}), as does an answer with a status, header or shape the document does
 * not give it.
 */
class OpenApiContractTest {

  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";
  private static final String CASE = "{\"number\":\"2026-0001\",\"openedOn\":\"2026-03-16\"}";
  private static final String PAGE = "{\"items\":[" + CASE + "],\"page\":1,\"totalItems\":1}";

  private static final OpenApiContract DOCUMENT = contract("contract-test.json");
  private static final OpenApiContract BEFORE = contract("contract-test-as-served-before.json");

  @Test
  void answersThatKeepTheDocumentPass() {
    assertEquals(
        List.of(), problems(DOCUMENT, "GET", "/api/ping", 200, JSON, "{\"status\":\"ok\"}"));
    assertEquals(List.of(), problems(DOCUMENT, "GET", "/api/cases?page=1", 200, JSON, PAGE));
    assertEquals(
        List.of(),
        problems(DOCUMENT, "GET", "/api/cases/2026-0001", 200, JSON + ";charset=UTF-8", CASE));
    assertEquals(
        List.of(),
        problems(
            DOCUMENT,
            "GET",
            "/api/cases/x",
            404,
            PROBLEM,
            "{\"type\":\"https://wegwijzer.nl/problemen/niet-gevonden\",\"title\":\"Not found\",\"status\":404}"));
    assertEquals(List.of(), problems(DOCUMENT, "GET", "/api/downloads/file.zip", 304, null, ""));
    assertEquals(
        List.of(),
        problems(DOCUMENT, "GET", "/api/downloads/file.zip", 200, "application/zip", "PK"));
  }

  @Test
  void theDocumentAsServedBeforeFailsOnTodaysAnswers() {
    assertFails(problems(BEFORE, "GET", "/api/ping", 200, JSON, "{\"status\":\"ok\"}"), "string");
    assertFails(problems(BEFORE, "GET", "/api/cases/2026-0001", 200, JSON, CASE), "openedOn");
  }

  @Test
  void aWrongFieldFails() {
    assertFails(
        problems(DOCUMENT, "GET", "/api/ping", 200, JSON, "{\"status\":\"fine\"}"), "status");
    assertFails(
        problems(
            DOCUMENT,
            "GET",
            "/api/cases/1",
            200,
            JSON,
            "{\"number\":\"1\",\"openedOn\":{\"year\":2026}}"),
        "openedOn");
    assertFails(
        problems(
            DOCUMENT,
            "GET",
            "/api/cases/1",
            200,
            JSON,
            "{\"number\":\"1\",\"openedOn\":\"16 maart\"}"),
        "openedOn");
  }

  @Test
  void aListsItemsAreCheckedAgainstTheirType() {
    String wrongItem = "{\"items\":[{\"number\":7}],\"page\":1,\"totalItems\":1}";
    assertFails(problems(DOCUMENT, "GET", "/api/cases", 200, JSON, wrongItem), "number");
  }

  @Test
  void aStatusOrMediaTypeTheOperationDoesNotListFails() {
    assertFails(problems(DOCUMENT, "GET", "/api/cases/1", 409, PROBLEM, "{}"), "409");
    assertFails(
        problems(DOCUMENT, "GET", "/api/cases/1", 404, "text/html", "<html></html>"), "text/html");
    assertFails(problems(DOCUMENT, "GET", "/api/ping", 200, null, ""), "documented");
    assertFails(
        problems(DOCUMENT, "GET", "/api/cases/1", 404, PROBLEM, "{\"title\":\"Not found\"}"),
        "type");
  }

  @Test
  void aStatusTheDocumentDoesNotListFailsUntilItIsListed() {
    String notAcceptable =
        "{\"type\":\"https://wegwijzer.nl/problemen/http-406\",\"title\":\"Not Acceptable\",\"status\":406}";
    assertFails(
        problems(DOCUMENT, "GET", "/api/cases", 406, PROBLEM, notAcceptable),
        "GET /api/cases answered 406, which its document does not list");
    assertEquals(List.of(), problems(DOCUMENT, "GET", "/api/cases/1", 406, PROBLEM, notAcceptable));
    assertFails(
        problems(DOCUMENT, "GET", "/api/ping", 406, PROBLEM, notAcceptable),
        "GET /api/ping answered 406, which its document does not list");
  }

  @Test
  void aHeadIsTheGetWithoutABody() {
    assertEquals(List.of(), problems(DOCUMENT, "HEAD", "/api/cases/1", 404, PROBLEM, ""));
    assertFails(problems(DOCUMENT, "HEAD", "/api/cases/1", 409, PROBLEM, ""), "409");
  }

  @Test
  void aCreatedAnswerSaysWhereTheThingIs() {
    Map<String, String> located =
        Map.of("content-type", JSON, "location", "http://127.0.0.1/api/cases/2026-0001");
    assertEquals(List.of(), DOCUMENT.problems("POST", "/api/cases", 201, located, CASE));
    assertFails(problems(DOCUMENT, "POST", "/api/cases", 201, JSON, CASE), "Location");
  }

  @Test
  void whereNoOperationIsTheAnswerIsTheDefaultProblem() {
    String notFound =
        "{\"type\":\"https://wegwijzer.nl/problemen/http-404\",\"title\":\"Not Found\",\"status\":404}";
    String notAllowed =
        "{\"type\":\"https://wegwijzer.nl/problemen/http-405\",\"title\":\"Method Not Allowed\",\"status\":405}";
    assertEquals(List.of(), problems(DOCUMENT, "GET", "/api/nothing-here", 404, PROBLEM, notFound));
    assertEquals(
        List.of(),
        DOCUMENT.problems(
            "DELETE",
            "/api/ping",
            405,
            Map.of("content-type", PROBLEM, "allow", "HEAD,GET,OPTIONS"),
            notAllowed));
    assertEquals(
        List.of(),
        DOCUMENT.problems("OPTIONS", "/api/cases", 200, Map.of("allow", "POST, GET, OPTIONS"), ""));
    assertFails(problems(DOCUMENT, "GET", "/api/nothing-here", 404, "text/html", "x"), "text/html");
    assertFails(problems(DOCUMENT, "DELETE", "/api/ping", 405, PROBLEM, notAllowed), "Allow");
    assertFails(
        DOCUMENT.problems("OPTIONS", "/api/cases", 200, Map.of("allow", "GET"), ""), "POST");
    assertFails(problems(DOCUMENT, "PUT", "/api/ping", 200, JSON, "{}"), "expected a 4xx");
    assertFails(problems(DOCUMENT, "GET", "/api/nothing-here", 404, PROBLEM, "{}"), "type");
    assertFails(
        problems(BEFORE, "GET", "/api/nothing-here", 404, PROBLEM, notFound),
        "no default problem response");
    assertEquals(List.of(), problems(DOCUMENT, "GET", "/organisaties", 404, "text/html", "x"));
    assertFalse(DOCUMENT.describes("DELETE", "/api/ping"));
    assertTrue(DOCUMENT.describes("GET", "/api/cases/2026-0001?purpose=test"));
    assertTrue(DOCUMENT.describes("GET", "/api/cases/2026-0001;jsessionid=0123"));
  }

  /** The check of an answer with this content type, or none. */
  private static List<String> problems(
      OpenApiContract document,
      String method,
      String target,
      int status,
      String contentType,
      String body) {
    return document.problems(
        method,
        target,
        status,
        contentType == null ? Map.of() : Map.of("content-type", contentType),
        body);
  }

  private static void assertFails(List<String> problems, String about) {
    assertFalse(problems.isEmpty(), "expected a problem about " + about);
    assertTrue(
        problems.stream().anyMatch(p -> p.contains(about)),
        "expected a problem about " + about + ": " + problems);
  }

  private static OpenApiContract contract(String name) {
    try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/openapi/" + name)) {
      return OpenApiContract.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
