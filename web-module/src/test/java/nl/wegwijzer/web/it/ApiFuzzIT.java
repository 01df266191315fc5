package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * At least 10,000 malformed requests over every route of the API (as the app's own OpenAPI document
 * lists them, so a new route is fuzzed without a change here), the servlet and Faces form
 * endpoints, and the readable URLs: wrong methods, broken, huge, deeply nested and wrongly typed
 * JSON, wrong content types and Accept headers, hostile query and path values, missing, garbage,
 * tampered and real tokens. No answer may be a 5xx or show a stack trace, a Java class name or a
 * SQL state, and every API error is problem+json.
 *
 * <p>Seeded: each request is derived from the seed and its number alone, so a failure reproduces
 * with {@code -Dfuzz.seed=…} (printed at the start and with every failure) whatever the threads
 * did. {@code -Dfuzz.requests=…} changes the count.
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(Lanes.OWN_SERVERS_FIRST)
@ResourceLock(Lanes.SECOND_DEPLOYMENT)
@ExtendWith(RunningApp.Second.class)
class ApiFuzzIT {

  private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
  private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
  private static final int CLIENTS = 6;
  private static final int MAX_FAILURES_SHOWN = 25;

  /** What {@link #send} answers for a request the HTTP client refuses to build: not counted. */
  private static final String UNSENDABLE = "unsendable";

  private static final List<String> METHODS =
      List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

  private static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "application/json; charset=UTF-8",
          "application/json; charset=ISO-8859-1",
          "application/problem+json",
          "text/plain",
          "text/html",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=xyz",
          "multipart/form-data",
          "application/octet-stream",
          "*/*",
          "application/",
          "json",
          ";;;",
          "application/json; charset=does-not-exist");

  private static final List<String> ACCEPTS =
      List.of(
          "application/json",
          "*/*",
          "text/html",
          "application/xml",
          "image/png",
          "text/csv",
          "application/problem+json",
          "application/json;q=0",
          "garbage",
          "*/json",
          "text/*;q=abc",
          "");

  /** Values no route expects: out of range, wrong type, unicode, NUL, traversal, SQL-ish. */
  private static final List<String> BAD_VALUES =
      List.of(
          "",
          " ",
          "-1",
          "0",
          "-0",
          "1.5",
          "2147483648",
          "-2147483649",
          "9223372036854775808",
          "99999999999999999999999999999",
          "1e309",
          "NaN",
          "Infinity",
          "0x1F",
          "abc",
          "\u0000",
          "%00",
          "a\u0000b",
          "../../../../etc/passwd",
          "..%2F..%2Fetc%2Fpasswd",
          "..\\..\\windows\\win.ini",
          "/WEB-INF/web.xml",
          "' OR '1'='1",
          "1; DROP TABLE casework.signal; --",
          "\" OR \"\"=\"",
          "%' AND 1=1 --",
          "<script>alert(1)</script>",
          "${jndi:ldap://127.0.0.1:9/x}",
          "#{7*7}",
          "${7*7}",
          "😀🚀",
          "ẞüéñ",
          "\uFFFF\uFFFE",
          "\u202Eevil",
          "مرحبا",
          "中文",
          "null",
          "true",
          "[]",
          "{}",
          "2026-02-30",
          "2026-13-45",
          "0000-00-00",
          "9999-12-31",
          "-999999999-01-01",
          "WW-ZZZZ-ZZZZ",
          "ww-0000-0000",
          "ZK-2026-00001",
          "ZK-9999-999999999",
          "x".repeat(300),
          "y".repeat(5_000));

  /** Readable URLs of the public site and the form endpoints outside JAX-RS. */
  private static final List<Route> PAGES =
      List.of(
          new Route(List.of("GET"), "/", List.of("lang"), false),
          new Route(List.of("GET"), "/organisaties", List.of("q", "page", "regio", "lang"), false),
          new Route(List.of("GET"), "/organisaties/{slug}", List.of(), false),
          new Route(List.of("GET"), "/zorgcoordinator", List.of("plaats"), false),
          new Route(
              List.of("GET"),
              "/route-op-maat",
              List.of("nationaliteit", "leeftijd", "geslacht", "taal", "vannacht", "gemeente"),
              false),
          new Route(List.of("GET"), "/stroomschema", List.of("nationaliteit", "papier"), false),
          new Route(List.of("GET"), "/zoeken", List.of("q", "page"), false),
          new Route(List.of("GET"), "/{phase}", List.of(), false),
          new Route(List.of("GET"), "/beschermen/{slug}", List.of(), false),
          new Route(List.of("GET"), "/informatie/{slug}", List.of(), false),
          new Route(List.of("GET"), "/nieuws", List.of("page"), false),
          new Route(List.of("GET"), "/documenten", List.of(), false),
          new Route(List.of("GET"), "/nieuws.atom", List.of(), false),
          new Route(List.of("GET"), "/sitemap.xml", List.of(), false),
          new Route(List.of("GET", "POST"), "/signaal-melden", List.of(), false),
          new Route(List.of("POST"), "/signaal-melden/verzenden", List.of(), false),
          new Route(List.of("POST"), "/feedback", List.of(), false),
          new Route(List.of("GET"), "/coordinatie/signalen/{reference}", List.of(), false),
          new Route(List.of("GET"), "/redactie/voorbeeld/{revision}", List.of(), false),
          new Route(List.of("GET"), "/inloggen/terug", List.of("code", "state"), false));

  /** Stack traces, Java class names, SQL errors: nothing a visitor may ever see. */
  private static final Pattern LEAK =
      Pattern.compile(
          "Exception|\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)"
              + "|\\b(java|javax|jakarta|org|com|fish|nl)\\.[a-z][\\w]*(\\.[a-z][\\w]*)*\\.[A-Z]\\w*"
              + "(Error|Exception|Impl|Servlet|Bean|Resource|Service|Repository)\\b"
              + "|SQLState|SQL state|PSQL|ERROR: |syntax error at or near|org\\.postgresql"
              + "|EclipseLink|Internal Exception|Caused by");

  /** The CPU time of the client threads: making requests, sending them and reading the answers. */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final LongAdder GENERATING = new LongAdder();
  private static final LongAdder EXCHANGING = new LongAdder();
  private static final LongAdder JUDGING = new LongAdder();

  /** At least one of these is in every text that {@link #LEAK} matches. */
  private static final List<String> LEAK_TEXTS =
      List.of(
          "Exception",
          ".java:",
          "java.",
          "javax.",
          "jakarta.",
          "org.",
          "com.",
          "fish.",
          "nl.",
          "SQLState",
          "SQL state",
          "PSQL",
          "ERROR: ",
          "syntax error at or near",
          "EclipseLink",
          "Caused by");

  /** Downloads (zip, PDF): their bytes are no error text, and read as text they mean nothing. */
  private static final Pattern BINARY =
      Pattern.compile("application/(zip|pdf|octet-stream)", Pattern.CASE_INSENSITIVE);

  /** From this length an answer is judged once however often it comes back ({@link #JUDGED}). */
  private static final int SAME_ANSWER_FROM = 8 * 1024;

  /** The verdict on each big answer met so far, by request, answer headers and body hash. */
  private static final Map<String, Optional<String>> JUDGED = new ConcurrentHashMap<>();

  /**
   * PrimeFaces' client settings on every page name the error pages of web.xml by exception type
   * (ViewExpiredException): framework configuration, not a failure, so it is not counted as a leak.
   */
  private static final Pattern PRIMEFACES_ERROR_PAGES = Pattern.compile("errorPages:\\{[^}]*}");

  private static final List<Route> ROUTES = new ArrayList<>();
  private static final Map<String, String> TOKENS = new LinkedHashMap<>();
  private static String base;

  /** The served document, which every answer under /api/ must keep. */
  private static OpenApiContract contract;

  /** A route: its methods, its path template, the query parameters it reads, API or not. */
  record Route(List<String> methods, String template, List<String> query, boolean api) {}

  /** One generated request, printable to reproduce it. */
  record Fuzzed(int number, String method, String path, Map<String, String> headers, String body) {

    String describe() {
      String shownBody =
          body == null
              ? ""
              : "\n    body ("
                  + body.length()
                  + " chars): "
                  + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
      Map<String, String> shown = new TreeMap<>(headers);
      shown.computeIfPresent(
          "Authorization", (k, v) -> v.length() > 40 ? v.substring(0, 40) + "…" : v);
      return "#"
          + number
          + " "
          + method
          + " "
          + (path.length() > 400 ? path.substring(0, 400) + "…" : path)
          + "\n    headers: "
          + shown
          + shownBody;
    }
  }

  @BeforeAll
  static void discover() throws Exception {
    base = RunningApp.Second.baseUrl();
    HttpResponse<String> openapi =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/openapi"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertTrue(openapi.statusCode() == 200, "no OpenAPI document: " + openapi.statusCode());
    JsonObject document;
    try (var reader = Json.createReader(new StringReader(openapi.body()))) {
      document = reader.readObject();
    }
    contract = OpenApiContract.of(openapi.body());
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      String template = path.getKey().startsWith("/api/") ? path.getKey() : "/api" + path.getKey();
      List<String> methods = new ArrayList<>();
      List<String> query = new ArrayList<>();
      for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
        if (!METHODS.contains(operation.getKey().toUpperCase(Locale.ROOT))) {
          continue;
        }
        methods.add(operation.getKey().toUpperCase(Locale.ROOT));
        JsonObject op = operation.getValue().asJsonObject();
        if (op.containsKey("parameters")) {
          for (JsonValue parameter : op.getJsonArray("parameters")) {
            JsonObject p = parameter.asJsonObject();
            if ("query".equals(p.getString("in", "")) && !query.contains(p.getString("name"))) {
              query.add(p.getString("name"));
            }
          }
        }
      }
      ROUTES.add(new Route(methods, template, query, true));
    }
    assertTrue(ROUTES.size() >= 15, "the OpenAPI document lists too few routes: " + ROUTES);
    System.out.println("ApiFuzzIT: " + ROUTES.size() + " API routes from /openapi: " + ROUTES);
    ROUTES.addAll(PAGES);
    String coordinator = Keycloak.token("coordinator-zeeland");
    TOKENS.put("coordinator", "Bearer " + coordinator);
    TOKENS.put("editor", "Bearer " + Keycloak.token("editor-a"));
    TOKENS.put("admin", "Bearer " + Keycloak.token("admin"));
    TOKENS.put("tampered", "Bearer " + tampered(coordinator));
    TOKENS.put("unsigned", "Bearer " + unsigned());
    TOKENS.put("garbage", "Bearer not-a-token");
    TOKENS.put("dots", "Bearer a.b.c");
    TOKENS.put("empty", "Bearer ");
    TOKENS.put("basic", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()));
    TOKENS.put("huge", "Bearer " + "A".repeat(6_000));
    TOKENS.put("scheme only", "Bearer");
  }

  /**
   * The real token with its claims changed (expired, another region): the signature no longer fits.
   */
  private static String tampered(String token) {
    String[] parts = token.split("\\.");
    String claims =
        "{\"iss\":\""
            + Keycloak.REALM
            + "\",\"exp\":1000,\"iat\":900,\"sub\":\"x\","
            + "\"upn\":\"coordinator-zeeland\",\"groups\":[\"coordinator\",\"admin\"],"
            + "\"regions\":[\"zeeland\",\"utrecht\"]}";
    return parts[0]
        + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes())
        + "."
        + parts[2];
  }

  /** A token that says "no signature needed", which a verifier must refuse. */
  private static String unsigned() {
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    return encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes())
        + "."
        + encoder.encodeToString(
            ("{\"iss\":\"" + Keycloak.REALM + "\",\"exp\":4102444800,\"groups\":[\"admin\"]}")
                .getBytes())
        + ".";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** The request number {@code n}: a function of the seed and n only. */
  static Fuzzed generate(int n) {
    Random random = new Random(SEED * 1_000_003L + n);
    Route route = pick(random, ROUTES);
    String method = random.nextInt(10) < 6 ? pick(random, route.methods()) : pick(random, METHODS);
    String path = fillPath(random, route.template());
    StringBuilder query = new StringBuilder();
    for (String name : route.query()) {
      if (random.nextInt(3) == 0) {
        appendQuery(query, name, pick(random, BAD_VALUES));
      }
    }
    switch (random.nextInt(12)) {
      case 0 -> appendQuery(query, "page", String.valueOf(-random.nextInt(1_000_000)));
      case 1 -> appendQuery(query, "size", String.valueOf(random.nextLong()));
      case 2 -> appendQuery(query, pick(random, BAD_VALUES), pick(random, BAD_VALUES));
      case 3 -> {
        for (int i = 0; i < 200; i++) {
          appendQuery(query, "p" + i, "v");
        }
      }
      case 4 -> appendQuery(query, "q", "z".repeat(random.nextInt(6_000)));
      case 5 -> query.append(query.isEmpty() ? "" : "&").append("a=%C3%28&b=%FF%FE&=&&c");
      case 6 -> appendQuery(query, "lang", pick(random, List.of("en", "nl", "de", "", "EN")));
      default -> {}
    }
    if (!query.isEmpty()) {
      path = path + "?" + query;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    int auth = random.nextInt(TOKENS.size() + 3);
    if (auth < TOKENS.size()) {
      headers.put("Authorization", new ArrayList<>(TOKENS.values()).get(auth));
    }
    if (random.nextInt(4) > 0) {
      headers.put("Accept", pick(random, ACCEPTS));
    }
    String body = null;
    boolean sendsBody = List.of("POST", "PUT", "PATCH").contains(method) || random.nextInt(10) == 0;
    if (sendsBody && !"HEAD".equals(method)) {
      body =
          route.api() || !method.equals("POST") || random.nextBoolean()
              ? jsonBody(random)
              : formBody(random);
      headers.put(
          "Content-Type",
          random.nextInt(3) == 0
              ? pick(random, CONTENT_TYPES)
              : route.api() ? "application/json" : "application/x-www-form-urlencoded");
    }
    return new Fuzzed(n, method, path, headers, body);
  }

  private static void appendQuery(StringBuilder query, String name, String value) {
    if (!query.isEmpty()) {
      query.append('&');
    }
    query.append(encode(name)).append('=').append(encode(value));
  }

  private static String fillPath(Random random, String template) {
    Matcher parameter = Pattern.compile("\\{[^}]+}").matcher(template);
    StringBuilder path = new StringBuilder();
    while (parameter.find()) {
      String value =
          switch (random.nextInt(4)) {
            case 0 -> "stichting-brugplaats-categorale-opvang";
            case 1 -> pick(random, List.of("beschermen", "signaleren", "1", "WW-AAAA-AAAA"));
            default -> pick(random, BAD_VALUES);
          };
      parameter.appendReplacement(
          path, Matcher.quoteReplacement(encode(value).replace("+", "%20")));
    }
    parameter.appendTail(path);
    String filled = path.toString();
    return switch (random.nextInt(25)) {
      case 0 -> filled + "/../../WEB-INF/web.xml";
      case 1 -> filled + "/%2e%2e/%2e%2e/WEB-INF/web.xml";
      case 2 -> filled + ";jsessionid=0123456789";
      case 3 -> filled.replaceFirst("/", "//");
      case 4 -> filled + "/%00";
      case 5 -> filled + "/extra/segments/" + encode(pick(random, BAD_VALUES));
      case 6 -> filled + "/";
      default -> filled;
    };
  }

  private static String formBody(Random random) {
    StringBuilder form = new StringBuilder();
    for (String name :
        List.of(
            "gemeente",
            "wat",
            "melder",
            "contact",
            "t",
            "website",
            "pagina",
            "nuttig",
            "opmerking",
            "jakarta.faces.ViewState",
            "jakarta.faces.source")) {
      if (random.nextBoolean()) {
        appendQuery(form, name, pick(random, BAD_VALUES));
      }
    }
    if (random.nextInt(8) == 0) {
      appendQuery(form, "wat", "w".repeat(20_000 + random.nextInt(20_000)));
    }
    return form.toString();
  }

  /** Valid bodies of the API's writes, to be broken one field at a time. */
  private static final List<String> TEMPLATES =
      List.of(
          """
          {"intakeDate": "2026-03-10", "channel": "phone", "reporterType": "labour-inspectorate",
           "reporterContact": "Inspecteur", "municipality": "Middelburg", "forms": ["labour"],
           "sector": "agriculture", "indicators": ["geen-eigen-id"], "account": "Tekst",
           "pseudonym": "Anna K.", "birthYear": 1995, "gender": "female", "nationality": "RO",
           "languages": ["ro"], "interpreterNeeded": true, "residenceStatus": "eu-citizen",
           "consent": "given", "consentSignedBy": "person"}""",
          """
          {"signal": "WW-AAAA-AAAA"}""",
          """
          {"organisation": "stichting-brugplaats-categorale-opvang", "service": "shelter",
           "note": "Aanmelding", "date": "2026-03-11"}""");

  private static final List<String> WRONG_VALUES =
      List.of(
          "null",
          "true",
          "0",
          "-1",
          "1e400",
          "-9223372036854775809",
          "123456789012345678901234567890",
          "0.000000001",
          "\"\"",
          "\"x\"",
          "\"2026-02-30\"",
          "\"" + "x".repeat(10_000) + "\"",
          "[]",
          "[null]",
          "[1,2,3]",
          "{}",
          "{\"a\":1}",
          "\"\\u0000\"",
          "\"\\ud800\"",
          "\"😀\"",
          "\"' OR 1=1 --\"");

  private static String jsonBody(Random random) {
    return switch (random.nextInt(10)) {
      case 0 ->
          pick(
              random,
              List.of(
                  "",
                  " ",
                  "{",
                  "}",
                  "{\"a\":",
                  "[1,2",
                  "{'single': 1}",
                  "nul",
                  "{\"a\" 1}",
                  "{\"a\":1,}",
                  "[,]",
                  "{\"a\":1}{\"b\":2}",
                  "\u0000\u0001\u0002",
                  "\uFEFF{}",
                  "{\"intakeDate\": }",
                  "<signal/>",
                  "a=b&c=d",
                  "{\"a\":\"\\x\"}",
                  "{\"a\":01}",
                  "{\"a\":.5}"));
      case 1 -> pick(random, List.of("null", "[]", "{}", "\"text\"", "123", "true", "[{}]"));
      case 2 -> {
        int depth = pick(random, List.of(100, 1_000, 10_000, 50_000));
        yield random.nextBoolean()
            ? "[".repeat(depth) + "]".repeat(depth)
            : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
      }
      case 3 -> {
        int size = random.nextInt(4) == 0 ? 200_000 + random.nextInt(1_000_000) : 20_000;
        yield random.nextBoolean()
            ? "{\"account\": \"" + "a".repeat(size) + "\"}"
            : "[" + "1,".repeat(size / 2) + "1]";
      }
      default -> mutate(random, pick(random, TEMPLATES));
    };
  }

  /** A valid body with one to three fields given a wrong value, removed, or doubled. */
  private static String mutate(Random random, String template) {
    JsonObject object;
    try (var reader = Json.createReader(new StringReader(template))) {
      object = reader.readObject();
    }
    List<String> fields = new ArrayList<>(object.keySet());
    Map<String, String> values = new LinkedHashMap<>();
    object.forEach((k, v) -> values.put(k, v.toString()));
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      String field = pick(random, fields);
      switch (random.nextInt(5)) {
        case 0 -> values.remove(field);
        case 1 -> values.put(pick(random, BAD_VALUES).replace("\"", "").replace("\\", ""), "1");
        default -> values.put(field, pick(random, WRONG_VALUES));
      }
    }
    StringBuilder json = new StringBuilder("{");
    values.forEach(
        (k, v) ->
            json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v));
    return json.append('}').toString();
  }

  @Test
  void malformedRequestsNeverBreakTheApp() throws Exception {
    System.out.println("ApiFuzzIT: seed " + SEED + " (rerun with -Dfuzz.seed=" + SEED + ")");
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    Map<String, Failures> failures = new ConcurrentHashMap<>();
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger sent = new AtomicInteger();
    Optional<ProcessHandle> server = server();
    Duration serverCpu = server.flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    long clientCpu = processCpuNanos();
    long started = System.nanoTime();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      clients.submit(
          () -> {
            while (sent.get() < REQUESTS) {
              long before = THREADS.getCurrentThreadCpuTime();
              Fuzzed request = generate(next.getAndIncrement());
              GENERATING.add(THREADS.getCurrentThreadCpuTime() - before);
              String problem = send(client, request, statuses);
              if (problem == UNSENDABLE) {
                continue;
              }
              sent.incrementAndGet();
              if (problem != null) {
                failures
                    .computeIfAbsent(kind(problem), k -> new Failures(problem, request))
                    .count()
                    .increment();
              }
            }
          });
    }
    clients.shutdown();
    assertTrue(clients.awaitTermination(15, TimeUnit.MINUTES), "the fuzz run did not finish");
    double seconds = (System.nanoTime() - started) / 1e9;
    double serverSeconds =
        server
            .flatMap(p -> p.info().totalCpuDuration())
            .map(d -> d.minus(serverCpu).toMillis() / 1e3)
            .orElse(Double.NaN);
    System.out.printf(
        Locale.ROOT,
        "ApiFuzzIT: %d requests sent (%d generated) in %.0f s (%.0f/s), CPU %.1f s server +"
            + " %.1f s test JVM (its clients: %.1f s generating, %.1f s sending and reading,"
            + " %.1f s judging), statuses %s%n",
        sent.get(),
        next.get(),
        seconds,
        sent.get() / seconds,
        serverSeconds,
        (processCpuNanos() - clientCpu) / 1e9,
        GENERATING.sum() / 1e9,
        EXCHANGING.sum() / 1e9,
        JUDGING.sum() / 1e9,
        new TreeMap<>(statuses));
    List<String> shown =
        failures.values().stream()
            .sorted(Comparator.comparingLong((Failures f) -> f.count().sum()).reversed())
            .limit(MAX_FAILURES_SHOWN)
            .map(f -> f.count().sum() + " × " + f.first() + "\n  " + f.request().describe())
            .toList();
    assertTrue(
        failures.isEmpty(),
        failures.values().stream().mapToLong(f -> f.count().sum()).sum()
            + " bad answers of "
            + failures.size()
            + " kinds (seed "
            + SEED
            + "; the first of each of the "
            + shown.size()
            + " most frequent):\n"
            + String.join("\n", shown)
            + "\nall kinds:\n"
            + failures.entrySet().stream()
                .map(f -> f.getValue().count().sum() + " × " + f.getKey())
                .sorted()
                .collect(Collectors.joining("\n")));
  }

  /** The answers that went wrong the same way: how many, the first, and its request. */
  private record Failures(String first, Fuzzed request, LongAdder count) {
    Failures(String first, Fuzzed request) {
      this(first, request, new LongAdder());
    }
  }

  /** What went wrong without the answer's body: the part before the first ": ". */
  private static String kind(String problem) {
    int end = problem.indexOf(": ");
    return end < 0 ? problem : problem.substring(0, end);
  }

  /**
   * The deployment's Payara Micro process, a descendant of this JVM, found by the root folder its
   * port names: its CPU time is what the run costs the server.
   */
  private static Optional<ProcessHandle> server() {
    String root = "payara-" + URI.create(base).getPort() + " ";
    return ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
        .filter(p -> p.info().commandLine().map(c -> (c + " ").contains(root)).orElse(false))
        .findFirst();
  }

  /** This JVM's CPU time: the client's cost while nothing else runs in it. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  /** Sends one request; answers what is wrong with its answer, or null when nothing is. */
  private static String send(HttpClient client, Fuzzed fuzzed, Map<Integer, LongAdder> statuses) {
    HttpResponse<String> response;
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + fuzzed.path())).timeout(Duration.ofSeconds(30));
      fuzzed.headers().forEach(request::header);
      request.method(
          fuzzed.method(),
          fuzzed.body() == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(fuzzed.body()));
      long before = THREADS.getCurrentThreadCpuTime();
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (java.io.IOException stale) {
        // The client may reuse a kept-alive connection that the server has just closed (after an
        // answer with "Connection: close"); once more on a fresh connection tells that apart from
        // a server that does not answer.
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      }
      EXCHANGING.add(THREADS.getCurrentThreadCpuTime() - before);
    } catch (IllegalArgumentException notSendable) {
      // a request the HTTP client itself refuses to build never reaches the app
      statuses.computeIfAbsent(-1, s -> new LongAdder()).increment();
      return UNSENDABLE;
    } catch (java.io.IOException e) {
      // the server may close the connection on a body it refuses without reading (e.g. 413)
      if (fuzzed.body() != null && fuzzed.body().length() > 16 * 1024) {
        statuses.computeIfAbsent(-2, s -> new LongAdder()).increment();
        return null;
      }
      return "no answer: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
    int status = response.statusCode();
    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
    String body = response.body();
    if (status >= 500) {
      return "status " + status + ": " + abbreviate(body);
    }
    if (status == 400 && body.isEmpty()) {
      // The HTTP server itself refused the request line or headers (a NUL byte in the path, a
      // header block over its limit) before any application code ran: an empty 400 shows nothing.
      return null;
    }
    Map<String, String> headers = new HashMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
    long before = THREADS.getCurrentThreadCpuTime();
    try {
      return judged(fuzzed, status, headers, body);
    } finally {
      JUDGING.add(THREADS.getCurrentThreadCpuTime() - before);
    }
  }

  private static String judged(
      Fuzzed fuzzed, int status, Map<String, String> headers, String body) {
    String rawPath = fuzzed.path().split("\\?")[0];
    if (body.length() < SAME_ANSWER_FROM || !rawPath.startsWith("/api/")) {
      return verdict(fuzzed.method(), rawPath, status, headers, body);
    }
    // Big API answers repeat (the downloads, the same page of a list): judged once. A page's never
    // do (each has its own nonce).
    String answer =
        fuzzed.method()
            + ' '
            + rawPath
            + ' '
            + status
            + ' '
            + headers.get("content-type")
            + ' '
            + headers.get("allow")
            + ' '
            + headers.containsKey("location")
            + ' '
            + sha256(body);
    return JUDGED
        .computeIfAbsent(
            answer,
            a -> Optional.ofNullable(verdict(fuzzed.method(), rawPath, status, headers, body)))
        .orElse(null);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** What is wrong with an answer: a leak, or under /api/ a break of the served document. */
  private static String verdict(
      String method, String rawPath, int status, Map<String, String> headers, String body) {
    String type = headers.getOrDefault("content-type", "");
    if (!BINARY.matcher(type).lookingAt() && mayLeak(body)) {
      Matcher leak = LEAK.matcher(PRIMEFACES_ERROR_PAGES.matcher(body).replaceAll(""));
      if (leak.find()) {
        return "status " + status + " shows '" + leak.group() + "': " + abbreviate(body);
      }
    }
    // ".." and "%2e" segments are resolved by the container before routing: not the API's answer
    boolean api =
        rawPath.startsWith("/api/") && !rawPath.contains("..") && !rawPath.contains("%2e");
    if (api) {
      List<String> broken = contract.problems(method, rawPath, status, headers, body);
      if (!broken.isEmpty()) {
        return String.join("; ", broken) + ": " + abbreviate(body);
      }
    }
    return null;
  }

  /**
   * Whether the body holds one of the texts that every match of {@link #LEAK} contains: a few plain
   * searches, so that the expression runs only on the few bodies where it can match.
   */
  private static boolean mayLeak(String body) {
    for (String text : LEAK_TEXTS) {
      if (body.contains(text)) {
        return true;
      }
    }
    return false;
  }

  private static String abbreviate(String body) {
    String flat =
        body.replaceAll("(?s)<style.*?</style>", "")
            .replaceAll("<[^>]+>", " ")
            .replaceAll("\\s+", " ");
    return flat.length() > 500 ? flat.substring(0, 500) + "…" : flat;
  }
}
