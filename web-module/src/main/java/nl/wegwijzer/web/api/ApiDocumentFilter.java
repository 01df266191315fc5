package nl.wegwijzer.web.api;

import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.wegwijzer.directory.api.HsdsParameters;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes the served OpenAPI document ({@code /openapi}) say what the API answers, where Payara's
 * scan of the resources cannot know it (docs/api.md, "The document"):
 *
 * <ul>
 *   <li>the success answer under its status (200) instead of Payara's {@code default}, which would
 *       cover every status;
 *   <li>the problem+json answers an operation can give, from what the operation has: 400 everywhere
 *       (a header that cannot be read) and 404 where it takes parameters or a body (a value can
 *       name what does not exist), 401 everywhere (a token that is sent must be valid) and 403
 *       where it needs a token, 406 everywhere (an Accept header that names nothing it answers
 *       with), 409 and 415 where it takes a body, 500 and 503 everywhere (the API's one set of
 *       mappers, {@link ProblemMappers}); a 201 with its {@code Location} header;
 *   <li>the default problem response ({@code components.responses.Problem}): what the API answers
 *       where no operation is, 404 for an unknown path and 405 for a method the path does not have;
 *   <li>typed pages: the scan erases the item type of a generic record ({@code PageView<T>}, HSDS's
 *       {@code Paged<T>}), so a list's items would be any object; a resource marks its list with
 *       {@code @Extension(name = "x-page", value = "PageView<SignalSummary>")} and names the item
 *       in its 200 answer, and the page's schema ({@code PageOfSignalSummary}) is made here;
 *   <li>unique operation ids: Payara takes the Java method's name, which two resources can share
 *       ({@code read}); a shared one gets the first segment of its path in front ({@code
 *       casesRead});
 *   <li>HSDS's query parameters ({@link HsdsParameters}) on the HSDS lists that take them in a bean
 *       parameter, which the scan leaves out;
 *   <li>no keywords with their "not set" value that Payara writes for a property with
 *       {@code @Schema} ({@code maxProperties: 0} would forbid every property of an object).
 * </ul>
 *
 * Dates are strings through {@code mp.openapi.schema.*} in microprofile-config.properties. The
 * contract test (web-module's OpenApiContract) checks every answer of the API tests against the
 * result.
 */
public class ApiDocumentFilter implements OASFilter {

  private static final Logger LOG = Logger.getLogger(ApiDocumentFilter.class.getName());

  static final String PROBLEM = "Problem";
  static final String PROBLEM_TYPE = "application/problem+json";

  private static final String LOCATION = "Location";

  /** The extension that marks an operation answering a page: {@code PageView} or {@code Paged}. */
  static final String PAGE = "x-page";

  /** For each generic page, the prefix of its typed pages and the name of its list of items. */
  private static final Map<String, String[]> PAGES =
      Map.of(
          "PageView",
          new String[] {"PageOf", "items"},
          "Paged",
          new String[] {"PagedOf", "contents"});

  @Override
  public void filterOpenAPI(OpenAPI api) {
    if (api.getComponents() == null) {
      api.setComponents(OASFactory.createComponents());
    }
    Components components = api.getComponents();
    components.addSchema(PROBLEM, problem());
    components.addResponse(
        PROBLEM,
        problemResponse(
            "Where no operation is: 404 for an unknown path, 405 for a method the path does not"
                + " have (Allow names those it has)"));
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    Map<String, PathItem> paths = api.getPaths().getPathItems();
    Map<String, Integer> ids = new HashMap<>();
    paths.values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .forEach(
            operation -> ids.merge(String.valueOf(operation.getOperationId()), 1, Integer::sum));
    paths.forEach(
        (path, item) ->
            item.getOperations()
                .forEach(
                    (method, operation) -> {
                      if (ids.getOrDefault(operation.getOperationId(), 0) > 1) {
                        operation.setOperationId(
                            prefix(path) + capitalised(operation.getOperationId()));
                      }
                      beanParameters(operation);
                      answers(method, path, operation);
                      typedPage(operation, components);
                      withoutUnsetKeywords(operation);
                    }));
    if (components.getSchemas() != null) {
      components.getSchemas().values().forEach(ApiDocumentFilter::withoutUnsetKeywords);
    }
  }

  /**
   * An HSDS list ({@code Paged}) that lists no query parameter takes HSDS's in a bean parameter
   * ({@link HsdsParameters}), which the scan does not read: they are listed from its fields, so the
   * document has one source for them.
   */
  private static void beanParameters(Operation operation) {
    Object page = operation.getExtensions() == null ? null : operation.getExtensions().get(PAGE);
    if (page == null || !String.valueOf(page).startsWith("Paged<")) {
      return;
    }
    List<Parameter> listed = operation.getParameters();
    if (listed != null && listed.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
      return;
    }
    for (Field field : HsdsParameters.class.getDeclaredFields()) {
      QueryParam name = field.getAnnotation(QueryParam.class);
      if (name != null) {
        operation.addParameter(
            OASFactory.createParameter()
                .name(name.value())
                .in(Parameter.In.QUERY)
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
      }
    }
  }

  /** The success answer under its status, and the problems the operation can answer with. */
  private static void answers(PathItem.HttpMethod method, String path, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    APIResponse fallback = responses.getDefaultValue();
    if (fallback != null) {
      responses.removeAPIResponse(APIResponses.DEFAULT);
      boolean documented =
          responses.getAPIResponses() != null
              && responses.getAPIResponses().keySet().stream().anyMatch(k -> k.startsWith("2"));
      if (!documented) {
        responses.addAPIResponse(
            method == PathItem.HttpMethod.POST ? "201" : "200", fallback.description("OK"));
      }
    }
    List<Parameter> parameters = operation.getParameters();
    boolean takesBody = operation.getRequestBody() != null;
    // A list's page parameters are not always in the scan (HSDS's come in a bean parameter).
    boolean takesParameters =
        (parameters != null && !parameters.isEmpty())
            || path.contains("{")
            || takesBody
            || (operation.getExtensions() != null && operation.getExtensions().containsKey(PAGE));
    boolean needsToken = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    Map<String, String> problems = new LinkedHashMap<>();
    problems.put(
        "400",
        takesParameters
            ? "Invalid request: the problem names the parameter in field; or a header that cannot"
                + " be read, such as an Accept header that cannot be parsed"
            : "A header that cannot be read, such as an Accept header that cannot be parsed");
    if (needsToken) {
      problems.put("401", "No valid bearer token");
      problems.put("403", "The token's user may not do this");
    } else {
      // MicroProfile JWT checks a token that is sent, also where none is needed.
      problems.put("401", "A bearer token was sent that is not valid (none is needed here)");
    }
    if (takesParameters) {
      problems.put(
          "404", "A thing the request names does not exist (or the caller may not see it)");
    }
    problems.put("406", "The Accept header names no type the operation answers with");
    if (takesBody) {
      problems.put("409", "Changed by someone else meanwhile, or not possible in its state");
      problems.put("415", "The body is not JSON");
    }
    problems.put("500", "Something went wrong on our side");
    problems.put("503", "The database is briefly unavailable; Retry-After says when to try again");
    problems.forEach(
        (status, description) -> {
          if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, problemResponse(description));
          }
        });
    APIResponse created = responses.getAPIResponse("201");
    if (created != null
        && (created.getHeaders() == null || !created.getHeaders().containsKey(LOCATION))) {
      created.addHeader(
          LOCATION,
          OASFactory.createHeader()
              .description("Where the created thing is")
              .required(true)
              .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri")));
    }
  }

  /** A problem+json answer of the {@link #PROBLEM} shape. */
  private static APIResponse problemResponse(String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    PROBLEM_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
  }

  /**
   * An operation marked {@code x-page} = {@code PageView<Item>} or {@code Paged<Item>} answers a
   * page of {@code Item}, which its 200 answer names ({@code @Schema(implementation =
   * Item.class)}): that answer becomes {@code PageOfItem} or {@code PagedOfItem}, the generic page
   * with its list's items typed.
   */
  private static void typedPage(Operation operation, Components components) {
    Object marked = operation.getExtensions() == null ? null : operation.getExtensions().get(PAGE);
    if (marked == null) {
      return;
    }
    operation.removeExtension(PAGE);
    java.util.regex.Matcher generic =
        java.util.regex.Pattern.compile("(\\w+)<(\\w+)>").matcher(String.valueOf(marked));
    String[] page = generic.matches() ? PAGES.get(generic.group(1)) : null;
    APIResponse ok = operation.getResponses().getAPIResponse("200");
    MediaType json =
        ok == null || ok.getContent() == null
            ? null
            : ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
    Schema answer = json == null ? null : json.getSchema();
    Schema template = page == null ? null : components.getSchemas().get(generic.group(1));
    if (answer == null || template == null || template.getProperties() == null) {
      LOG.warning(
          () ->
              operation.getOperationId()
                  + ": x-page needs PageView<Item> or Paged<Item> and a 200 answer naming the item");
      return;
    }
    // The scan writes the item's schema out in place; it becomes a component of its own.
    String item = generic.group(2);
    if (!components.getSchemas().containsKey(item)) {
      components.addSchema(item, answer.getRef() != null ? answer : withoutUnsetKeywords(answer));
    }
    String name = page[0] + item;
    if (!components.getSchemas().containsKey(name)) {
      Schema typed = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
      template
          .getProperties()
          .forEach(
              (property, value) ->
                  typed.addProperty(
                      property,
                      property.equals(page[1])
                          ? OASFactory.createSchema()
                              .type(Schema.SchemaType.ARRAY)
                              .items(OASFactory.createSchema().ref(item))
                          : value));
      components.addSchema(name, typed);
    }
    json.setSchema(OASFactory.createSchema().ref(name));
  }

  /** RFC 9457 problem details as {@link Problem} sends them (null members are left out). */
  private static Schema problem() {
    Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details")
        .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri"))
        .addProperty("title", text)
        .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
        .addProperty("detail", text)
        .addProperty("instance", text)
        .addProperty(
            "field",
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .description("the request parameter or body field the problem is about"))
        .required(List.of("type", "title", "status"));
  }

  /** Drops the keywords Payara writes with their "not set" value for a property with @Schema. */
  private static void withoutUnsetKeywords(Operation operation) {
    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
      operation.getRequestBody().getContent().getMediaTypes().values().stream()
          .map(MediaType::getSchema)
          .forEach(ApiDocumentFilter::withoutUnsetKeywords);
    }
    if (operation.getResponses().getAPIResponses() != null) {
      operation.getResponses().getAPIResponses().values().stream()
          .filter(response -> response.getContent() != null)
          .flatMap(response -> response.getContent().getMediaTypes().values().stream())
          .map(MediaType::getSchema)
          .forEach(ApiDocumentFilter::withoutUnsetKeywords);
    }
  }

  private static Schema withoutUnsetKeywords(Schema schema) {
    if (schema == null) {
      return null;
    }
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(ApiDocumentFilter::withoutUnsetKeywords);
    }
    // A list with @Schema(name) alone comes out as a list of untyped lists; JSON-B sends no such
    // thing, so at least its items are objects.
    if (schema.getItems() != null
        && schema.getItems().getType() == Schema.SchemaType.ARRAY
        && schema.getItems().getItems() == null) {
      schema.setItems(OASFactory.createSchema().type(Schema.SchemaType.OBJECT));
    }
    withoutUnsetKeywords(schema.getItems());
    return schema;
  }

  /**
   * {@code /api/cases/{number}} → {@code cases}; {@code /api/organisation-proposals} → {@code
   * organisationProposals}.
   */
  private static String prefix(String path) {
    String[] segments = path.replaceFirst("^/?api/", "").split("/");
    String first = segments[0].isEmpty() ? "api" : segments[0];
    StringBuilder name = new StringBuilder();
    for (String word : first.split("[-_]")) {
      name.append(name.length() == 0 ? word : capitalised(word));
    }
    return name.toString();
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
