package nl.wegwijzer.web.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts of Open Referral HSDS 3.0 that answers must keep (test resource {@code
 * hsds/hsds-3.0.schema.json}, copied from the specification's schema files with their path and
 * commit), checked with a JSON Schema validator: one definition per HSDS object and paged list.
 */
final class HsdsSchema {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectNode DOCUMENT = load();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private HsdsSchema() {}

  /** What is wrong with the JSON as the definition ({@code service}, {@code page_of_service}). */
  static List<String> problems(String definition, String body) {
    Schema schema =
        SCHEMAS.computeIfAbsent(
            definition,
            name -> {
              if (!DOCUMENT.get("$defs").has(name)) {
                throw new IllegalArgumentException("no definition " + name);
              }
              ObjectNode rooted = DOCUMENT.deepCopy();
              rooted.put("$ref", "#/$defs/" + name);
              return REGISTRY.getSchema(rooted.toString(), InputFormat.JSON);
            });
    return schema.validate(body, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  private static ObjectNode load() {
    try (InputStream in = HsdsSchema.class.getResourceAsStream("/hsds/hsds-3.0.schema.json")) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
