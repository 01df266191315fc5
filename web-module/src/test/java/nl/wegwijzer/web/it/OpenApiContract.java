package nl.wegwijzer.web.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An OpenAPI 3.0 document as a contract: what is wrong with an answer of the API. An answer that an
 * operation of the document gave must have a status the operation lists, its media type under that
 * status, the headers the document marks as required there (a 201's {@code Location}), and a JSON
 * body that keeps the schema (OpenAPI 3.0's dialect of JSON Schema, with {@code nullable} and
 * formats). An answer under {@code /api/} that no operation gives (an unknown path, a method the
 * path does not have) must be the document's default problem response ({@code
 * components.responses.Problem}): a 4xx in problem+json of the {@code Problem} shape, and for a
 * path of the document a 405 that names the path's methods in {@code Allow}. {@code HEAD} is
 * answered as the path's {@code GET}, without a body.
 *
 * <p>{@link Api} checks every answer of the API tests against the document the application serves,
 * and ApiFuzzIT every answer of its malformed requests, so the document cannot drift from the
 * answers (docs/api.md, "The document").
 */
final class OpenApiContract {

  /** The response an answer gets where no operation of the document is. */
  static final String DEFAULT_PROBLEM = "Problem";

  private static final String API = "/api/";
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());

  private final ObjectNode document;
  private final List<Route> routes;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /** A path of the document as a pattern; literal segments count for the most specific match. */
  private record Route(String template, Pattern pattern, int literals) {}

  private OpenApiContract(ObjectNode document) {
    this.document = document;
    List<Route> found = new ArrayList<>();
    document
        .path("paths")
        .fieldNames()
        .forEachRemaining(
            template -> {
              StringBuilder regex = new StringBuilder();
              int literals = 0;
              for (String segment : template.split("/")) {
                if (segment.isEmpty()) {
                  continue;
                }
                boolean parameter = segment.startsWith("{") && segment.endsWith("}");
                regex.append('/').append(parameter ? "[^/]+" : Pattern.quote(segment));
                literals += parameter ? 0 : 1;
              }
              found.add(new Route(template, Pattern.compile(regex + "/?"), literals));
            });
    found.sort(Comparator.comparingInt(Route::literals).reversed());
    this.routes = List.copyOf(found);
  }

  static OpenApiContract of(String json) {
    try {
      return new OpenApiContract((ObjectNode) JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an OpenAPI document in JSON", e);
    }
  }

  /**
   * What is wrong with the answer to {@code method} on {@code target} (path and query); empty when
   * it keeps the document. {@code headers}: the answer's headers by lower-case name.
   */
  List<String> problems(
      String method, String target, int status, Map<String, String> headers, String body) {
    String verb = "HEAD".equalsIgnoreCase(method) ? "get" : method.toLowerCase(Locale.ROOT);
    Optional<Route> route = operation(verb, target);
    boolean hasBody = body != null && !body.isEmpty() && !"HEAD".equalsIgnoreCase(method);
    if (route.isEmpty()) {
      return target.startsWith(API)
          ? outsideOperations(method, target, status, headers, body)
          : List.of();
    }
    String operation = method + " " + route.get().template();
    JsonNode responses =
        document.path("paths").path(route.get().template()).path(verb).path("responses");
    String code = String.valueOf(status);
    String key =
        responses.has(code)
            ? code
            : responses.has(code.charAt(0) + "XX")
                ? code.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
    if (key == null) {
      return List.of(operation + " answered " + status + ", which its document does not list");
    }
    JsonNode response = responses.path(key);
    List<String> problems =
        new ArrayList<>(missingHeaders(operation + " " + status, response, headers));
    problems.addAll(
        keepsContent(operation + " " + status, response, headers, hasBody ? body : null));
    return problems;
  }

  /**
   * An answer that no operation gives: the document's default problem response, a 4xx, where a 405
   * for a path of the document names the path's methods in {@code Allow}; or JAX-RS's own answer to
   * {@code OPTIONS} on a path of the document, a 2xx that names them too.
   */
  private List<String> outsideOperations(
      String method, String target, int status, Map<String, String> headers, String body) {
    Optional<Route> path = path(target);
    String request =
        method + " " + path.map(Route::template).orElse(target.replaceFirst("[?#;].*$", ""));
    if ("OPTIONS".equalsIgnoreCase(method) && path.isPresent() && status / 100 == 2) {
      return allowNamesTheMethods(request + " " + status, path.get(), headers);
    }
    JsonNode response = document.path("components").path("responses").path(DEFAULT_PROBLEM);
    if (response.isMissingNode()) {
      return List.of(
          request
              + " answered "
              + status
              + ": no operation, and the document has no default problem response"
              + " (components.responses."
              + DEFAULT_PROBLEM
              + ")");
    }
    List<String> problems = new ArrayList<>();
    if (status / 100 != 4) {
      problems.add(
          request + " answered " + status + " where no operation is: expected a 4xx problem");
    }
    if (status == 405 && path.isPresent()) {
      problems.addAll(allowNamesTheMethods(request + " 405", path.get(), headers));
    }
    boolean hasBody = body != null && !body.isEmpty() && !"HEAD".equalsIgnoreCase(method);
    problems.addAll(keepsContent(request + " " + status, response, headers, hasBody ? body : null));
    return problems;
  }

  /** The methods of a path of the document that the answer's {@code Allow} does not name. */
  private List<String> allowNamesTheMethods(
      String answer, Route path, Map<String, String> headers) {
    List<String> allowed =
        List.of(headers.getOrDefault("allow", "").toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
    return fieldNames(document.path("paths").path(path.template())).stream()
        .filter(METHODS::contains)
        .filter(m -> !allowed.contains(m))
        .map(m -> answer + ": Allow does not name " + m.toUpperCase(Locale.ROOT))
        .toList();
  }

  /** The headers a documented response marks as required and the answer lacks. */
  private static List<String> missingHeaders(
      String answer, JsonNode response, Map<String, String> headers) {
    List<String> problems = new ArrayList<>();
    response
        .path("headers")
        .fields()
        .forEachRemaining(
            header -> {
              String name = header.getKey().toLowerCase(Locale.ROOT);
              if (header.getValue().path("required").asBoolean(false)
                  && (headers.get(name) == null || headers.get(name).isBlank())) {
                problems.add(
                    answer + " has no " + header.getKey() + " header, which its document requires");
              }
            });
    return problems;
  }

  /** The answer's media type and body against the documented response's content. */
  private List<String> keepsContent(
      String answer, JsonNode response, Map<String, String> headers, String body) {
    JsonNode content = response.path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      return body != null
          ? List.of(answer + " has a body, which its document does not describe")
          : List.of();
    }
    String contentType = headers.get("content-type");
    String type =
        contentType == null
            ? ""
            : contentType.replaceFirst(";.*$", "").strip().toLowerCase(Locale.ROOT);
    String mediaType = mediaType(content, type);
    if (mediaType == null) {
      return List.of(answer + " answered " + type + ", documented: " + fieldNames(content));
    }
    if (body == null || !(type.endsWith("/json") || type.endsWith("+json"))) {
      return List.of();
    }
    JsonNode schema = content.path(mediaType).path("schema");
    if (schema.isMissingNode()) {
      return List.of();
    }
    return schema(schema).validate(body, InputFormat.JSON).stream()
        .map(error -> answer + ": " + error)
        .toList();
  }

  /** Whether an operation of the document answers {@code method} on {@code target}. */
  boolean describes(String method, String target) {
    return operation(method.toLowerCase(Locale.ROOT), target).isPresent();
  }

  private Optional<Route> operation(String verb, String target) {
    return path(target).filter(r -> document.path("paths").path(r.template()).has(verb));
  }

  /** The document's path that {@code target} is, the most specific when several match. */
  private Optional<Route> path(String target) {
    // a segment's parameters (";jsessionid=…") are not part of the path that routing sees
    String path = target.replaceFirst("[?#].*$", "").replaceAll(";[^/]*", "");
    return routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst();
  }

  /** The documented media type that the answer's type matches: itself, or a wildcard. */
  private static String mediaType(JsonNode content, String type) {
    if (content.has(type)) {
      return type;
    }
    String family = type.replaceFirst("/.*$", "/*");
    if (content.has(family)) {
      return family;
    }
    return content.has("*/*") ? "*/*" : null;
  }

  /** A schema of the document, with the document's components for its references. */
  private Schema schema(JsonNode schema) {
    return schemas.computeIfAbsent(
        schema.toString(),
        key -> {
          ObjectNode rooted = (ObjectNode) schema.deepCopy();
          rooted.set("components", document.path("components"));
          return REGISTRY.getSchema(rooted);
        });
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> i = node.fieldNames(); i.hasNext(); ) {
      names.add(i.next());
    }
    return names;
  }
}
