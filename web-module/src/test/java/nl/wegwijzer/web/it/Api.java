package nl.wegwijzer.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** A small client for the running application that hides the HTTP details from the tests. */
public final class Api {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** The served OpenAPI document of each application the tests talk to, by base URL. */
  private static final Map<String, OpenApiContract> DOCUMENTS = new ConcurrentHashMap<>();

  /** How many answers were held to a served document: the contract tests see it is at work. */
  private static final AtomicInteger CHECKED = new AtomicInteger();

  private Api() {}

  /** How many answers of this test run were checked against a served OpenAPI document. */
  public static int answersChecked() {
    return CHECKED.get();
  }

  /** An answer: status, headers and body. */
  public record Answer(int status, Map<String, String> headers, String body) {

    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public JsonObject object() {
      return (JsonObject) json();
    }

    public JsonArray array() {
      return (JsonArray) json();
    }

    private JsonStructure json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }
  }

  public static Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + path)).GET());
  }

  /** A GET with extra request headers, e.g. a cookie the site set before. */
  public static Answer getWith(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + path));
    headers.forEach(request::header);
    return send(request.GET());
  }

  public static Answer get(String path, Map<String, String> query) {
    String encoded =
        query.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return get(path + (encoded.isEmpty() ? "" : "?" + encoded));
  }

  public static Answer send(String method, String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + path))
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A GET with a bearer token. */
  public static Answer get(String path, String token) {
    return send(
        HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .GET());
  }

  /** A request with a body and a bearer token. */
  public static Answer send(
      String method, String path, String contentType, String body, String token) {
    return send(
        HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + path))
            .header("Content-Type", contentType)
            .header("Authorization", "Bearer " + token)
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Holds every answer of the API to the OpenAPI document the application serves ({@link
   * OpenApiContract}), so that the document cannot drift from what the API answers: a test whose
   * request meets an answer the document does not describe fails here.
   */
  private static void keepsTheDocument(HttpRequest request, Answer answer) {
    URI uri = request.uri();
    if (!uri.getRawPath().startsWith("/api/")) {
      return;
    }
    OpenApiContract contract =
        DOCUMENTS.computeIfAbsent(
            uri.getScheme() + "://" + uri.getRawAuthority(),
            base -> OpenApiContract.of(openApiDocument(base)));
    if (contract.describes(request.method(), uri.getRawPath())) {
      CHECKED.incrementAndGet();
    }
    List<String> problems =
        contract.problems(
            request.method(), uri.getRawPath(), answer.status(), answer.headers(), answer.body());
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "the answer breaks the served OpenAPI document (/openapi): "
              + problems
              + "\nbody: "
              + answer.body().substring(0, Math.min(answer.body().length(), 2000)));
    }
  }

  /** The application's OpenAPI document in JSON, as served at {@code /openapi}. */
  public static String openApiDocument() {
    return openApiDocument(RunningApp.baseUrl());
  }

  /**
   * Payara builds the document on the first request for it, which took close to two minutes on a
   * loaded machine, and the listener closes a request after 30 s while the build goes on: so a
   * request that ends that way is asked again, for up to five minutes.
   */
  private static String openApiDocument(String base) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/openapi?format=JSON"))
            .timeout(Duration.ofMinutes(1))
            .GET()
            .build();
    for (int attempt = 1; ; attempt++) {
      try {
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IllegalStateException("/openapi answered " + response.statusCode());
        }
        return response.body();
      } catch (IOException e) {
        if (attempt == 10) {
          throw new UncheckedIOException(e);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static Answer send(HttpRequest.Builder builder) {
    HttpRequest request = builder.timeout(Duration.ofSeconds(30)).build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      Map<String, String> headers = new LinkedHashMap<>();
      response
          .headers()
          .map()
          .forEach(
              (name, values) ->
                  headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(", ", values)));
      Answer answer = new Answer(response.statusCode(), headers, response.body());
      keepsTheDocument(request, answer);
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
