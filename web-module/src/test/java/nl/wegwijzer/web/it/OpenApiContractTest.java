package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract that every API test's answer is held to ({@link Api}) fails on a mismatch: the
 * answers of today's API against a document in the shape of the served one pass, and the same
 * answers against the document as it was served before issue 24 fail (test resources {@code
 * openapi/}).
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
        List.of(), DOCUMENT.problems("GET", "/api/ping", 200, JSON, "{\"status\":\"ok\"}"));
    assertEquals(List.of(), DOCUMENT.problems("GET", "/api/cases?page=1", 200, JSON, PAGE));
    assertEquals(
        List.of(),
        DOCUMENT.problems("GET", "/api/cases/2026-0001", 200, JSON + ";charset=UTF-8", CASE));
    assertEquals(
        List.of(),
        DOCUMENT.problems(
            "GET",
            "/api/cases/x",
            404,
            PROBLEM,
            "{\"type\":\"https://wegwijzer.nl/problemen/niet-gevonden\",\"title\":\"Not found\",\"status\":404}"));
    assertEquals(List.of(), DOCUMENT.problems("GET", "/api/downloads/file.zip", 304, null, ""));
    assertEquals(
        List.of(),
        DOCUMENT.problems("GET", "/api/downloads/file.zip", 200, "application/zip", "PK"));
  }

  @Test
  void theDocumentAsServedBeforeFailsOnTodaysAnswers() {
    assertFails(BEFORE.problems("GET", "/api/ping", 200, JSON, "{\"status\":\"ok\"}"), "string");
    assertFails(BEFORE.problems("GET", "/api/cases/2026-0001", 200, JSON, CASE), "openedOn");
  }

  @Test
  void aWrongFieldFails() {
    assertFails(
        DOCUMENT.problems("GET", "/api/ping", 200, JSON, "{\"status\":\"fine\"}"), "status");
    assertFails(
        DOCUMENT.problems(
            "GET", "/api/cases/1", 200, JSON, "{\"number\":\"1\",\"openedOn\":{\"year\":2026}}"),
        "openedOn");
    assertFails(
        DOCUMENT.problems(
            "GET", "/api/cases/1", 200, JSON, "{\"number\":\"1\",\"openedOn\":\"16 maart\"}"),
        "openedOn");
  }

  @Test
  void aListsItemsAreCheckedAgainstTheirType() {
    String wrongItem = "{\"items\":[{\"number\":7}],\"page\":1,\"totalItems\":1}";
    assertFails(DOCUMENT.problems("GET", "/api/cases", 200, JSON, wrongItem), "number");
  }

  @Test
  void aStatusOrMediaTypeTheOperationDoesNotListFails() {
    assertFails(DOCUMENT.problems("GET", "/api/cases/1", 409, PROBLEM, "{}"), "409");
    assertFails(
        DOCUMENT.problems("GET", "/api/cases/1", 404, "text/html", "<html></html>"), "text/html");
    assertFails(DOCUMENT.problems("GET", "/api/ping", 200, null, ""), "documented");
    assertFails(
        DOCUMENT.problems("GET", "/api/cases/1", 404, PROBLEM, "{\"title\":\"Not found\"}"),
        "type");
  }

  @Test
  void whatNoOperationAnswersIsNotTheDocumentsBusiness() {
    assertEquals(List.of(), DOCUMENT.problems("GET", "/api/nothing-here", 404, "text/html", "x"));
    assertEquals(List.of(), DOCUMENT.problems("DELETE", "/api/ping", 405, PROBLEM, "{}"));
    assertFalse(DOCUMENT.describes("DELETE", "/api/ping"));
    assertTrue(DOCUMENT.describes("GET", "/api/cases/2026-0001?purpose=test"));
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
