package nl.wegwijzer.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.testing.SignalGenerator;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.service.OrganisationRegistration;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest.Directory;
import nl.wegwijzer.directory.testing.OrganisationGenerator;
import nl.wegwijzer.directory.testing.TestDatabase;
import nl.wegwijzer.web.it.Keycloak;
import nl.wegwijzer.web.it.PayaraProcess;

/**
 * The figures of the scale issue, each measured with wrk next to its baseline in the same run:
 * public pages against nginx serving saved copies of the same HTML, the directory APIs against the
 * bare {@code /api/ping} on the same node, the first page of signals at 100,000 and 1,000,000
 * signals, signal registration (checked afterwards in SQL), and the node's resident memory. Prints
 * a Markdown table; a benchmark, not a test. Run with {@code deploy/wegwijzer bench}, which starts
 * PostgreSQL and Keycloak and passes their addresses.
 */
public final class Benchmark {

  private static final int SECONDS = setting("WEGWIJZER_BENCH_SECONDS", 20);

  /**
   * JVM options after those of jvm.options, which they override ({@code
   * -Dbench.jvm-options=@/tmp/other.options} or {@code -Dbench.jvm-options="-Xmx512m
   * -XX:+UseG1GC"}), to compare JVM options.
   */
  private static final String[] EXTRA_JVM_OPTIONS =
      System.getProperty("bench.jvm-options", "").isBlank()
          ? new String[0]
          : System.getProperty("bench.jvm-options").strip().split("\\s+");

  private static final int WARMUP = Math.max(2, Math.min(10, SECONDS / 3));

  /**
   * A node's rate climbs in steps with plateaus between them: in one run 2,400 req/s for five
   * rounds, then 5,500 six rounds later. Two minutes of rounds come before "steady" counts.
   */
  private static final int NODE_WARMUP_ROUNDS = 12;

  private static final int NGINX_PORT = setting("WEGWIJZER_BENCH_NGINX_PORT", 8171);
  private static final int PAGE_CONNECTIONS = 64;
  private static final int API_CONNECTIONS = setting("WEGWIJZER_BENCH_API_CONNECTIONS", 8);
  private static final int SIGNAL_CONNECTIONS = setting("WEGWIJZER_BENCH_SIGNAL_CONNECTIONS", 4);
  private static final int REGISTER_CONNECTIONS =
      setting("WEGWIJZER_BENCH_REGISTER_CONNECTIONS", 16);
  private static final String COORDINATOR = "coordinator-zeeland";

  /**
   * Which parts to measure ({@code -Dbench.parts=pages,search,signals,registration,balancer}; all
   * by default), to re-measure one change without the whole quarter of an hour.
   */
  private static final Set<String> PARTS =
      Set.of(
          System.getProperty("bench.parts", "pages,search,signals,registration,balancer")
              .split("\\s*,\\s*"));

  /** The two sizes of the directory and of the casework; smaller ones for a quick trial run. */
  private static final int[] ORGANISATIONS = sizes("WEGWIJZER_BENCH_ORGANISATIONS", 1_000, 10_000);

  private static final int[] SIGNALS = sizes("WEGWIJZER_BENCH_SIGNALS", 100_000, 1_000_000);

  /**
   * How many distinct directory searches the search part rotates: far more than the 500 answers a
   * node keeps, so the figure is the database's work (the share answered from kept answers is
   * reported beside it).
   */
  private static final int DISTINCT_SEARCHES = setting("WEGWIJZER_BENCH_DISTINCT_SEARCHES", 20_000);

  private static final Pattern ANSWERS =
      Pattern.compile(
          "(?m)^(?:application_)?directory_search_answers_(kept|computed)(?:\\{[^}]*\\})?\\s+([0-9.Ee+]+)");

  private static final List<String> LOOKUPS =
      List.of(
          "/api/coordinators?municipality=Middelburg",
          "/api/coordinators?postcode=3511",
          "/api/coordinators?municipality=Amsterdam&age=16",
          "/api/coordinators?municipality=Assen",
          "/api/coordinators?postcode=1012AB");

  private final Table table = new Table();
  private final Wrk wrk;
  private final Path scratch;
  private final String dbUrl;

  /** The JIT compiler of the measured node, once it runs. */
  private Compilation compiler;

  private Benchmark(Path scratch, String dbUrl) {
    this.scratch = scratch;
    this.wrk = new Wrk(scratch);
    this.dbUrl = dbUrl;
  }

  public static void main(String[] arguments) throws Exception {
    String adminUrl =
        System.getenv()
            .getOrDefault(
                "WEGWIJZER_IT_DB_ADMIN_URL", "jdbc:postgresql://127.0.0.1:55434/postgres");
    String dbUrl = PayaraProcess.freshDatabase(adminUrl, "wegwijzer_bench");
    System.setProperty("WEGWIJZER_TEST_DB_URL", dbUrl);
    // readable for nginx's unprivileged worker, which serves the saved pages from inside it
    Path scratch =
        Files.createTempDirectory(
            "wegwijzer-bench-",
            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
    Benchmark bench = new Benchmark(scratch, dbUrl);
    long began = System.nanoTime();
    String started = java.time.Instant.now().toString();
    try {
      bench.run();
    } finally {
      deleteTree(scratch);
    }
    String report = bench.report(started, (System.nanoTime() - began) / 60e9);
    System.out.println();
    System.out.println(report);
    String output = System.getProperty("bench.output");
    if (output != null) {
      Files.writeString(Path.of(output), report);
      System.out.println("(also written to " + output + ")");
    }
  }

  private void run() throws Exception {
    say(
        "Payara Micro starts through "
            + PayaraProcess.payaraFile("start-node")
            + ", with the JVM options of "
            + PayaraProcess.payaraFile("jvm.options")
            + (EXTRA_JVM_OPTIONS.length == 0
                ? ""
                : " and then " + String.join(" ", EXTRA_JVM_OPTIONS)));
    say("Starting Payara Micro on a fresh database (demo data)…");
    String stepPath;
    double nginxStep;
    try (PayaraProcess app =
            PayaraProcess.start(
                dbUrl, System.getProperty("bench.demo", "deploy/demo"), EXTRA_JVM_OPTIONS);
        Memory memory = Memory.watch(app.pid())) {
      String base = app.baseUrl();
      compiler = Compilation.of(app.pid());
      stepPath = stepPath(base);
      try (Nginx nginx = Nginx.start(scratch.resolve("nginx"), NGINX_PORT)) {
        if (PARTS.contains("pages")) {
          pages(base, nginx, "home page `/`", "/", "home.html", false);
          nginxStep =
              pages(base, nginx, "step page `" + stepPath + "`", stepPath, "step.html", true);
        } else if (PARTS.contains("balancer")) {
          String copy = nginx.save(base + stepPath, "step.html");
          nginxStep =
              baseline("nginx: saved copy of the step page", copy, PAGE_CONNECTIONS)
                  .requestsPerSecond();
        } else {
          nginxStep = Double.NaN;
        }
      }
      if (PARTS.contains("search")) {
        List<OrganisationRegistration> organisations = generatedOrganisations(ORGANISATIONS[1]);
        List<String> searches = searches();
        load(organisations.subList(0, ORGANISATIONS[0]));
        apis(base, ORGANISATIONS[0], false, searches);
        load(organisations.subList(ORGANISATIONS[0], organisations.size()));
        apis(base, ORGANISATIONS[1], true, searches);
      }
      if (PARTS.contains("hold")) {
        hold(base, app.pid());
      }
      if (PARTS.contains("signals")) {
        signals(base);
      }
      if (PARTS.contains("registration")) {
        registration(base);
      }
      memory.stop();
      table.memory(memory);
    }
    if (PARTS.contains("balancer")) {
      balancer(stepPath, nginxStep);
    }
  }

  // --- public pages --------------------------------------------------------------------------

  /** nginx with the saved copy, then the node itself; answers nginx's requests/s. */
  private double pages(
      String base, Nginx nginx, String label, String path, String file, boolean stepTargets)
      throws Exception {
    String copy = nginx.save(base + path, file);
    Wrk.Result baseline = baseline("nginx: saved copy of the " + label, copy, PAGE_CONNECTIONS);
    warmUntilSteady(
        "one Payara Micro node: " + label,
        1,
        compiler,
        () -> wrk.get(base + path, PAGE_CONNECTIONS, 10));
    Measured node = measure("one Payara Micro node: " + label, base + path, PAGE_CONNECTIONS);
    double share = node.result().requestsPerSecond() / baseline.requestsPerSecond();
    if (stepTargets) {
      table.row(
          node,
          percent(share) + " of nginx",
          "≥ 5,000 req/s",
          node.result().requestsPerSecond() >= 5_000);
    } else {
      table.row(node, percent(share) + " of nginx", "", null);
    }
    return baseline.requestsPerSecond();
  }

  private Wrk.Result baseline(String label, String url, int connections) throws Exception {
    Measured measured = measure(label, () -> wrk.get(url, connections, SECONDS), connections);
    table.row(measured, "baseline", "", null);
    return measured.result();
  }

  private Measured measure(String label, String url, int connections) throws Exception {
    return measure(label, () -> wrk.get(url, connections, SECONDS), connections);
  }

  private static String stepPath(String base) throws Exception {
    JsonArray phases =
        Json.createReader(new StringReader(new String(Nginx.fetch(base + "/api/phases"), UTF_8)))
            .readArray();
    for (var phase : phases.getValuesAs(JsonObject.class)) {
      JsonArray steps = phase.getJsonArray("steps");
      if (!steps.isEmpty()) {
        return "/" + phase.getString("slug") + "/" + steps.getJsonObject(0).getString("slug");
      }
    }
    throw new IllegalStateException("no published step in the demo content");
  }

  /** Through the local cluster's balancer, when deploy/wegwijzer has the cluster command. */
  private void balancer(String stepPath, double nginxStep) throws Exception {
    String label = "balancer + 2 nodes: step page `" + stepPath + "`";
    Path script = Path.of("deploy/wegwijzer");
    if (!Files.readString(script).contains("\n  cluster)")) {
      table.skipped(label, "not measured: cluster command missing");
      return;
    }
    say("Starting the local cluster (deploy/wegwijzer cluster start --nodes 2)…");
    Process start =
        new ProcessBuilder(script.toString(), "cluster", "start", "--nodes", "2")
            .redirectErrorStream(true)
            .start();
    String output = new String(start.getInputStream().readAllBytes());
    System.out.println(output.indent(4));
    try {
      if (start.waitFor() != 0) {
        table.skipped(label, "not measured: the cluster did not start (see above)");
        return;
      }
      String balancer = balancerUrl(output);
      // through the balancer the warm-up would mostly hit its one-second cache and leave the
      // nodes cold, so each node is warmed directly first
      for (Map.Entry<String, Long> node : nodes(output).entrySet()) {
        warmUntilSteady(node.getKey() + stepPath, Compilation.of(node.getValue()));
      }
      wrk.get(balancer + stepPath, PAGE_CONNECTIONS, WARMUP);
      Measured measured = measure(label, balancer + stepPath, PAGE_CONNECTIONS);
      double share = measured.result().requestsPerSecond() / nginxStep;
      table.row(
          measured,
          percent(share) + " of nginx",
          "≥ 25 % of nginx, p99 ≤ 25 ms",
          share >= 0.25 && measured.result().p99() <= 25);
    } finally {
      new ProcessBuilder(script.toString(), "cluster", "stop").inheritIO().start().waitFor();
    }
  }

  /**
   * The cluster's nodes start next to a Keycloak of their own that is itself still warming up, on
   * the same two cores: after the usual 30 seconds a node served under a third of the rate it
   * reached minutes later, and the misses of the balancer's cache it then answered set the
   * balancer's p99. So a node is warmed in rounds of 10 seconds until two rounds in a row are
   * within 5 % of the one before and its JIT compiler is quiet; each round is printed with the
   * load.
   */
  private void warmUntilSteady(String url, Compilation nodeCompiler) throws Exception {
    warmUntilSteady(
        url, NODE_WARMUP_ROUNDS, nodeCompiler, () -> wrk.get(url, PAGE_CONNECTIONS, 10));
  }

  /**
   * Rounds of {@code round} (each about 10 seconds), at least {@code minimum}, until the rate
   * settles and the node's JIT compiler is quiet (it used at most a tenth of a core in the round);
   * six minutes at most. See "Warm-ups" in docs/benchmarks.md for the curves that asked for this.
   */
  private static void warmUntilSteady(String label, int minimum, Compilation compiler, Run round)
      throws Exception {
    double previous = 0;
    int steady = 0;
    for (int number = 1; number <= 36 && (number <= minimum || steady < 2); number++) {
      double compiledBefore = compiler.cpuSeconds();
      long started = System.nanoTime();
      double rate = round.run().requestsPerSecond();
      double seconds = (System.nanoTime() - started) / 1e9;
      double compiling = compiler.cpuSeconds() - compiledBefore;
      say(
          String.format(
              Locale.ROOT,
              "warming %s: round %d, %.0f req/s, JIT compiler %.1f s of CPU (load %s)",
              label,
              number,
              rate,
              compiling,
              loadAverage()));
      boolean settled =
          rate > 0 && Math.abs(rate - previous) <= previous / 20 && compiling <= seconds / 10;
      steady = settled ? steady + 1 : 0;
      previous = rate;
    }
  }

  private static Map<String, String> coordinatorBearer() throws Exception {
    return Map.of("Authorization", "Bearer " + Keycloak.token(COORDINATOR));
  }

  private static Map<String, String> registrationHeaders() throws Exception {
    return Map.of(
        "Authorization",
        coordinatorBearer().get("Authorization"),
        "Content-Type",
        "application/json");
  }

  /**
   * The nodes' own URLs with their process ids, from the lines of the cluster's summary ("Node K
   * URL pid N").
   */
  private static Map<String, Long> nodes(String output) {
    Matcher node = Pattern.compile("Node \\d+\\s+(http://\\S+?)/?\\s+pid (\\d+)").matcher(output);
    Map<String, Long> found = new LinkedHashMap<>();
    while (node.find()) {
      found.put(node.group(1), Long.parseLong(node.group(2)));
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("the cluster did not list its nodes:\n" + output);
    }
    return found;
  }

  /** WEGWIJZER_BALANCER_PORT, else the URL on the line of the cluster's output naming it. */
  private static String balancerUrl(String output) {
    String port = System.getenv("WEGWIJZER_BALANCER_PORT");
    if (port != null && !port.isBlank()) {
      return "http://127.0.0.1:" + port.strip();
    }
    var url = java.util.regex.Pattern.compile("(http://[0-9a-z.]+:\\d+)");
    for (String line : output.split("\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.contains("balancer") || lower.contains("haproxy")) {
        var found = url.matcher(line);
        if (found.find()) {
          return found.group(1);
        }
      }
    }
    throw new IllegalStateException("the cluster did not say its balancer's URL:\n" + output);
  }

  // --- directory APIs ------------------------------------------------------------------------

  /**
   * Part {@code hold}: the larger directory and the distinct searches, then the node is left
   * running for measurements by hand (CPU per search from /proc, a flight recording, EXPLAIN on the
   * database) until the file naming it is deleted. The folder is {@code -Dbench.hold}.
   */
  private static void hold(String base, long pid) throws Exception {
    List<OrganisationRegistration> organisations = generatedOrganisations(ORGANISATIONS[1]);
    List<String> searches = searches();
    load(organisations);
    Path folder = Path.of(System.getProperty("bench.hold", "deploy/bench/target/hold"));
    Files.createDirectories(folder);
    Files.write(folder.resolve("searches.txt"), searches, UTF_8);
    Path node = folder.resolve("node");
    Files.writeString(node, base + " " + pid + "\n");
    say("Holding the node " + base + " (pid " + pid + "); delete " + node + " to stop it");
    while (Files.exists(node)) {
      Thread.sleep(1_000);
    }
  }

  private void apis(String base, int organisations, boolean full, List<String> searches)
      throws Exception {
    String at = String.format(Locale.ROOT, " (%,d organisations)", organisations);
    warmUntilSteady(
        "directory search" + at,
        1,
        compiler,
        () -> wrk.rotate(base, searches, Map.of(), API_CONNECTIONS, 10));
    warmUntilSteady(
        "coordinator lookup" + at,
        1,
        compiler,
        () -> wrk.rotate(base, LOOKUPS, Map.of(), API_CONNECTIONS, 10));
    Measured ping = api(base, "`GET /api/ping`" + at, List.of("/api/ping"));
    table.row(ping, "baseline", "", null);
    long[] before = answers(base);
    Measured search =
        api(
            base,
            String.format(Locale.ROOT, "directory search, %,d distinct queries", searches.size())
                + at,
            searches);
    long[] after = answers(base);
    long kept = after[0] - before[0];
    long computed = after[1] - before[1];
    String ratio =
        kept + computed == 0
            ? "answers kept: not reported"
            : String.format(
                Locale.ROOT,
                "answers kept: %s (%,d of %,d)",
                percent((double) kept / (kept + computed)),
                kept,
                kept + computed);
    table.row(
        search,
        ofPing(search, ping) + "; " + ratio,
        full ? "p95 ≤ 10 ms" : "",
        full ? search.result().p95() <= 10 : null);
    Measured lookup = api(base, "coordinator lookup, 5 query shapes" + at, LOOKUPS);
    table.row(lookup, ofPing(lookup, ping), "", null);
    List<String> hsdsPages = hsdsPages(organisations);
    warmUntilSteady(
        "HSDS services" + at,
        1,
        compiler,
        () -> wrk.rotate(base, hsdsPages, Map.of(), API_CONNECTIONS, 10));
    Measured hsds = api(base, "HSDS `GET /api/hsds/services?page=N`, 10 pages" + at, hsdsPages);
    table.row(
        hsds,
        String.format(
            Locale.ROOT,
            "%s; p50 ×%.2f, p95 ×%.2f of the search",
            ofPing(hsds, ping),
            hsds.result().p50() / search.result().p50(),
            hsds.result().p95() / search.result().p95()),
        full ? "p95 ≤ 2× the search's" : "",
        full ? hsds.result().p95() <= 2 * search.result().p95() : null);
    if (full) {
      hsdsPagingToTheEnd(base, at);
    }
  }

  /**
   * Walks the open data's services page by page (100 a page) to the last: every service once, the
   * last page says so, and the page after it is empty.
   */
  private void hsdsPagingToTheEnd(String base, String at) throws Exception {
    Set<String> seen = new java.util.HashSet<>();
    JsonObject page = hsdsPage(base, 1);
    int pages = page.getInt("total_pages");
    int total = page.getInt("total_items");
    boolean right = page.getBoolean("first_page");
    for (int number = 1; number <= pages; number++) {
      page = number == 1 ? page : hsdsPage(base, number);
      right &= page.getBoolean("last_page") == (number == pages) && !page.getBoolean("empty");
      page.getJsonArray("contents").forEach(s -> seen.add(s.asJsonObject().getString("id")));
    }
    JsonObject after = hsdsPage(base, pages + 1);
    right &= after.getBoolean("empty") && seen.size() == total;
    table.check(
        "HSDS services paged to the last page (100 a page)" + at,
        String.format(
            Locale.ROOT,
            "%,d services on %,d pages, %,d distinct ids; page %,d empty: %b",
            total,
            pages,
            seen.size(),
            pages + 1,
            after.getBoolean("empty")),
        "every service once, last_page on the last",
        right);
  }

  private static JsonObject hsdsPage(String base, int number) throws Exception {
    String url = base + "/api/hsds/services?per_page=100&page=" + number;
    try (var reader = Json.createReader(new StringReader(new String(Nginx.fetch(url), UTF_8)))) {
      return reader.readObject();
    }
  }

  /**
   * Ten pages of the open data's services spread over the directory (every organisation has a
   * service, so each page exists): from the first to about the middle of the list.
   */
  private static List<String> hsdsPages(int organisations) {
    int step = Math.max(1, organisations / 200);
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      pages.add("/api/hsds/services?page=" + (1 + i * step));
    }
    return pages;
  }

  /**
   * The node's counts of directory searches answered from kept answers and computed (its {@code
   * /metrics}), as {kept, computed}; zeros when the node does not report them.
   */
  private static long[] answers(String base) throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/metrics"))
                    .header("Accept", "text/plain")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    long[] counts = new long[2];
    Matcher matcher = ANSWERS.matcher(response.body());
    while (matcher.find()) {
      counts["kept".equals(matcher.group(1)) ? 0 : 1] = (long) Double.parseDouble(matcher.group(2));
    }
    return counts;
  }

  /** The distinct searches: the directory's regions, its municipalities' names, demo postcodes. */
  private static List<String> searches() throws Exception {
    List<String> regions =
        TestDatabase.inTransaction(em -> new Directory(em).regions().all()).stream()
            .map(Region::code)
            .toList();
    List<String> places =
        TestDatabase.inTransaction(em -> new Directory(em).municipalities().all()).stream()
            .map(Municipality::name)
            .toList();
    List<String> postcodes =
        Files.readAllLines(Path.of("deploy/demo/pc4-demo.csv"), UTF_8).stream()
            .skip(1)
            .map(line -> line.split(";")[0])
            .toList();
    List<String> searches =
        new SearchQueries(7, regions, places, postcodes).distinct(DISTINCT_SEARCHES);
    say(String.format(Locale.ROOT, "%,d distinct directory searches", searches.size()));
    return searches;
  }

  private Measured api(String base, String label, List<String> paths) throws Exception {
    return measure(
        label, () -> wrk.rotate(base, paths, Map.of(), API_CONNECTIONS, SECONDS), API_CONNECTIONS);
  }

  private static String ofPing(Measured api, Measured ping) {
    return percent(api.result().requestsPerSecond() / ping.result().requestsPerSecond())
        + " of ping";
  }

  private static List<OrganisationRegistration> generatedOrganisations(int count) {
    System.setProperty("WEGWIJZER_TEST_BATCH_WRITING", "JDBC");
    TestDatabase.open("directory-test", "directory");
    List<String> regions =
        TestDatabase.inTransaction(em -> new Directory(em).regions().all()).stream()
            .map(Region::code)
            .toList();
    List<String> municipalities =
        TestDatabase.inTransaction(em -> new Directory(em).municipalities().all()).stream()
            .map(Municipality::cbsCode)
            .toList();
    return new OrganisationGenerator(42, regions, municipalities).generate(count);
  }

  /**
   * Registers organisations through the directory's own service (every rule checked, the search
   * rows written), 500 to a transaction with the rows sent in JDBC batches.
   */
  private static void load(List<OrganisationRegistration> organisations) {
    long began = System.nanoTime();
    int batch = 500;
    for (int from = 0; from < organisations.size(); from += batch) {
      List<OrganisationRegistration> part =
          organisations.subList(from, Math.min(from + batch, organisations.size()));
      TestDatabase.inTransaction(
          em -> new Directory(em).organisationService().registerAll(part, true));
    }
    TestDatabase.execute("analyze");
    say(
        String.format(
            Locale.ROOT,
            "Registered %,d generated organisations in %.0f s",
            organisations.size(),
            (System.nanoTime() - began) / 1e9));
  }

  // --- casework ------------------------------------------------------------------------------

  private void signals(String base) throws Exception {
    FieldCipher cipher =
        new FieldCipher(
            System.getenv("WEGWIJZER_CASEWORK_KEYS"),
            System.getenv("WEGWIJZER_CASEWORK_CURRENT_KEY"));
    Measured hundredThousand;
    try (Connection connection = connection()) {
      SignalGenerator.insert(connection, 0, SIGNALS[0], cipher);
      settle(connection);
    }
    hundredThousand = firstPage(base, SIGNALS[0], true);
    table.row(
        hundredThousand,
        "",
        "p99 ≤ 30 ms",
        hundredThousand.result().p99() <= 30 && hundredThousand.result().errors() == 0);
    try (Connection connection = connection()) {
      SignalGenerator.insert(connection, SIGNALS[0], SIGNALS[1] - SIGNALS[0], cipher);
      settle(connection);
    }
    Measured million = firstPage(base, SIGNALS[1], false);
    double p50 = million.result().p50() / hundredThousand.result().p50();
    double p99 = million.result().p99() / hundredThousand.result().p99();
    table.row(
        million,
        String.format(
            Locale.ROOT,
            "%s/%s signals: p50 ×%.2f, p99 ×%.2f",
            brief(SIGNALS[1]),
            brief(SIGNALS[0]),
            p50,
            p99),
        "p99 ≤ 30 ms, ratio ≤ 1.5",
        million.result().p99() <= 30 && p99 <= 1.5 && million.result().errors() == 0);
  }

  /**
   * Leaves the table as it is in steady use, vacuumed and analysed. Otherwise autovacuum works
   * through the bulk insert's fresh rows during the measurement, and the figure is the bulk load's,
   * not the list's.
   */
  private static void settle(Connection connection) throws Exception {
    execute(connection, "vacuum (analyze) casework.signal");
  }

  /**
   * The first page of the coordinator's signals; the first time warmed until the JIT is quiet (a
   * fresh token each round, since one lives five minutes), after that for the usual warm-up.
   */
  private Measured firstPage(String base, int count, boolean first) throws Exception {
    if (first) {
      warmUntilSteady(
          "`GET /api/signals`",
          1,
          compiler,
          () ->
              wrk.rotate(
                  base, List.of("/api/signals"), coordinatorBearer(), SIGNAL_CONNECTIONS, 10));
    } else {
      wrk.rotate(base, List.of("/api/signals"), coordinatorBearer(), SIGNAL_CONNECTIONS, WARMUP);
    }
    Map<String, String> bearer = coordinatorBearer();
    return measure(
        String.format(
            Locale.ROOT, "`GET /api/signals` first page, %s (%,d signals)", COORDINATOR, count),
        () -> wrk.rotate(base, List.of("/api/signals"), bearer, SIGNAL_CONNECTIONS, SECONDS),
        SIGNAL_CONNECTIONS);
  }

  /**
   * POSTs valid signals for a while, then checks in SQL that every answered registration left its
   * signal and the access-log row that says who created it.
   */
  private void registration(String base) throws Exception {
    String body =
        Wrk.lua(
                "{\"intakeDate\": \"2026-03-10\", \"channel\": \"phone\", \"reporterType\":"
                    + " \"labour-inspectorate\", \"reporterContact\": \"Inspecteur J. de Wit\","
                    + " \"municipality\": \"Middelburg\", \"forms\": [\"labour\"], \"sector\":"
                    + " \"agriculture\", \"indicators\": [\"geen-eigen-id\"], \"account\": \"Werkt"
                    + " zeven dagen per week in de kassen; paspoort ingenomen. Melding ")
            + " .. id .. '-' .. n .. "
            + Wrk.lua("\", \"pseudonym\": \"Bench ")
            + " .. id .. '-' .. n .. "
            + Wrk.lua("\", \"birthYear\": ")
            + " .. (1960 + n % 45) .. "
            + Wrk.lua(
                ", \"gender\": \"female\", \"nationality\": \"RO\", \"languages\": [\"ro\"],"
                    + " \"interpreterNeeded\": true, \"residenceStatus\": \"eu-citizen\","
                    + " \"consent\": \"given\", \"consentSignedBy\": \"person\"}");
    // Warmed until steady like the cluster's nodes: the longest code path of the run (JSON
    // binding, validation, encryption, two inserts), which nothing before it has exercised.
    // A token lives five minutes, so each round gets its own. These registrations happen before
    // the count below.
    String url = base + "/api/signals";
    warmUntilSteady(
        "`POST /api/signals`",
        1,
        compiler,
        () -> wrk.post(url, registrationHeaders(), body, REGISTER_CONNECTIONS, 10));
    Map<String, String> headers = registrationHeaders();
    String mine = "created_by = '" + COORDINATOR + "'";
    long before;
    try (Connection connection = connection()) {
      before = scalar(connection, "select count(*) from casework.signal where " + mine);
    }
    Measured measured =
        measure(
            "`POST /api/signals` registration, " + COORDINATOR,
            () -> wrk.post(base + "/api/signals", headers, body, REGISTER_CONNECTIONS, SECONDS),
            REGISTER_CONNECTIONS);
    long answered = measured.result().requests() - measured.result().statusErrors();
    long created;
    long unlogged;
    try (Connection connection = connection()) {
      created = scalar(connection, "select count(*) from casework.signal where " + mine) - before;
      unlogged =
          scalar(
              connection,
              "select count(*) from casework.signal s where s."
                  + mine
                  + " and not exists (select 1 from casework.access_log a where a.subject_type ="
                  + " 'SIGNAL' and a.subject_ref = s.reference and a.action = 'CREATE' and"
                  + " a.actor = s.created_by)");
    }
    // a request still under way when wrk stops may commit without wrk counting its answer
    boolean consistent =
        created >= answered && created - answered <= REGISTER_CONNECTIONS && unlogged == 0;
    table.row(
        measured,
        String.format(
            Locale.ROOT,
            "%,d answered 2xx; %,d new signals; %d without their access-log row",
            answered,
            created,
            unlogged),
        "≥ 500/s, every signal logged",
        measured.result().requestsPerSecond() >= 500
            && consistent
            && measured.result().errors() == 0);
  }

  private Connection connection() throws Exception {
    return DriverManager.getConnection(dbUrl, TestDatabase.USER, TestDatabase.PASSWORD);
  }

  private static void execute(Connection connection, String sql) throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long scalar(Connection connection, String sql) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  // --- measuring and reporting ---------------------------------------------------------------

  /** One wrk run with the machine's load average before and after. */
  record Measured(
      String label, int connections, Wrk.Result result, String loadBefore, String loadAfter) {}

  interface Run {
    Wrk.Result run() throws Exception;
  }

  private static Measured measure(String label, Run run, int connections) throws Exception {
    String before = loadAverage();
    Wrk.Result result = run.run();
    String after = loadAverage();
    say(label + ": " + Wrk.describe(result) + " (load " + before + " → " + after + ")");
    return new Measured(label, connections, result, before, after);
  }

  /** The 1-minute load average, as /proc/loadavg gives it. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  private String report(String started, double minutes) {
    return String.format(
            Locale.ROOT,
            "Benchmark started %s, took %.1f min; %d cores; wrk on the same machine over loopback;"
                + " %d s per measurement after a %d s warm-up, or after rounds of 10 s until the"
                + " rate settles and the JIT compiler is quiet for the first of each kind;"
                + " load average (1 min) at start → end of each.%n%n",
            started,
            minutes,
            Runtime.getRuntime().availableProcessors(),
            SECONDS,
            WARMUP)
        + table.markdown();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  static void say(String line) {
    System.out.println("[bench] " + line);
  }

  /** 100k, 1M: for the ratio's label. */
  private static String brief(int count) {
    return count >= 1_000_000 && count % 1_000_000 == 0
        ? count / 1_000_000 + "M"
        : count >= 1_000 && count % 1_000 == 0 ? count / 1_000 + "k" : String.valueOf(count);
  }

  private static int[] sizes(String name, int smaller, int larger) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      return new int[] {smaller, larger};
    }
    String[] parts = value.split(",");
    int[] sizes = {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
    if (sizes[0] <= 0 || sizes[1] <= sizes[0]) {
      throw new IllegalArgumentException(name + ": two sizes, the second larger, e.g. 1000,10000");
    }
    return sizes;
  }

  private static int setting(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** The rows so far, as a Markdown table. */
  static final class Table {

    private final List<String> rows = new ArrayList<>();

    void row(Measured m, String comparison, String target, Boolean passed) {
      Wrk.Result r = m.result();
      // no answer at all, or failed answers, never pass a target whatever the latencies say
      if (passed != null && (r.requests() == 0 || r.errors() > 0)) {
        passed = false;
      }
      rows.add(
          String.format(
              Locale.ROOT,
              "| %s | %d | %,.0f | %.2f | %.2f | %.2f | %d | %s | %s | %s | %s → %s |",
              m.label(),
              m.connections(),
              r.requestsPerSecond(),
              r.p50(),
              r.p95(),
              r.p99(),
              r.errors(),
              comparison,
              target,
              passed == null ? "" : passed ? "**pass**" : "**fail**",
              m.loadBefore(),
              m.loadAfter()));
    }

    /** A check that is not a load measurement: what was found, the target, pass or fail. */
    void check(String label, String found, String target, boolean passed) {
      rows.add(
          "| "
              + label
              + " | | | | | | | "
              + found
              + " | "
              + target
              + " | "
              + (passed ? "**pass**" : "**fail**")
              + " | |");
    }

    void skipped(String label, String why) {
      rows.add("| " + label + " | | | | | | | " + why + " | | | |");
    }

    void memory(Memory memory) {
      long peak = memory.highWaterMegabytes();
      rows.add(
          String.format(
              Locale.ROOT,
              "| Payara Micro node's memory: VmHWM (peak RSS since start) %d MB; VmRSS highest"
                  + " under load %d MB, at the end %d MB (%d MB anonymous, %d MB mapped files)"
                  + " | | | | | | | | RSS ≤ 600 MB | %s | |",
              peak,
              memory.highestRssMegabytes(),
              memory.rssMegabytes(),
              memory.anonymousMegabytes(),
              memory.fileMegabytes(),
              peak <= 600 ? "**pass**" : "**fail**"));
    }

    String markdown() {
      return "| measurement | connections | requests/s | p50 ms | p95 ms | p99 ms | errors |"
          + " compared | target | result | load |\n"
          + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | --- |\n"
          + String.join("\n", rows)
          + "\n";
    }
  }
}
