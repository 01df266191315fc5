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
 * An OpenAPI 3.0 document as a contract: what is wrong with an answer that an operation of the
 * document gave. The answer's status must be documented for the operation, its media type under
 * that status, and a JSON body must keep the schema (OpenAPI 3.0's dialect of JSON Schema, with
 * {@code nullable} and formats). Requests outside the document's operations (an unknown path, a
 * method the path does not have) are not its business and pass.
 *
 * <p>{@link Api} checks every answer of the API tests against the document the application serves,
 * so the document cannot drift from the answers (docs/api.md, "The document").
 */
final class OpenApiContract {

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
   * it keeps the document or no operation of the document answered it.
   */
  List<String> problems(String method, String target, int status, String contentType, String body) {
    Optional<Route> route = operation(method, target);
    String verb = method.toLowerCase(Locale.ROOT);
    if (route.isEmpty()) {
      return List.of();
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
    JsonNode content = responses.path(key).path("content");
    boolean hasBody = body != null && !body.isEmpty();
    if (content.isMissingNode() || content.isEmpty()) {
      return hasBody
          ? List.of(operation + " " + status + " has a body, which its document does not describe")
          : List.of();
    }
    String type =
        contentType == null
            ? ""
            : contentType.replaceFirst(";.*$", "").strip().toLowerCase(Locale.ROOT);
    String mediaType = mediaType(content, type);
    if (mediaType == null) {
      return List.of(
          operation + " " + status + " answered " + type + ", documented: " + fieldNames(content));
    }
    if (!hasBody || !(type.endsWith("/json") || type.endsWith("+json"))) {
      return List.of();
    }
    JsonNode schema = content.path(mediaType).path("schema");
    if (schema.isMissingNode()) {
      return List.of();
    }
    return schema(schema).validate(body, InputFormat.JSON).stream()
        .map(error -> operation + " " + status + ": " + error)
        .toList();
  }

  /** Whether an operation of the document answers {@code method} on {@code target}. */
  boolean describes(String method, String target) {
    return operation(method, target).isPresent();
  }

  private Optional<Route> operation(String method, String target) {
    String path = target.replaceFirst("[?#].*$", "");
    String verb = method.toLowerCase(Locale.ROOT);
    return routes.stream()
        .filter(r -> r.pattern().matcher(path).matches())
        .findFirst()
        .filter(r -> document.path("paths").path(r.template()).has(verb));
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
