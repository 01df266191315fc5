package nl.wegwijzer.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.service.OrganisationRegistration;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest.Directory;
import nl.wegwijzer.directory.testing.OrganisationGenerator;
import nl.wegwijzer.directory.testing.TestDatabase;
import nl.wegwijzer.web.it.PayaraProcess;

/**
 * Loads 10,000 generated organisations and measures the directory search and the coordinator lookup
 * over HTTP on the real deployment: latency percentiles with one client, and requests per second
 * with several. Prints a Markdown table; a benchmark, not a test (nothing is asserted). Run with
 * {@code deploy/wegwijzer bench}.
 */
public final class DirectoryBenchmark {

  private static final int ORGANISATIONS = Integer.getInteger("bench.organisations", 10_000);
  private static final int WARMUP = Integer.getInteger("bench.warmup", 500);
  private static final int SAMPLES = Integer.getInteger("bench.samples", 1_000);
  private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
  private static final Duration THROUGHPUT_TIME =
      Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));

  /** The searches a visitor makes, in rotation. */
  private static final List<String> SEARCHES =
      List.of(
          "/api/organisations?q=opvang",
          "/api/organisations?need=shelter&region=zeeland",
          "/api/organisations?municipality=Utrecht&age=minor",
          "/api/organisations?q=advocaat&form=labour",
          "/api/organisations?need=interpreting&language=ar",
          "/api/organisations?q=traumazorg&region=haaglanden&sort=name",
          "/api/organisations?municipality=4331&need=legal-aid&nationality=non-eu",
          "/api/organisations?page=5&size=20",
          "/api/organisations?q=schulden%20werk",
          "/api/organisations?need=psychological-care&gender=male&age=adult");

  private static final List<String> LOOKUPS =
      List.of(
          "/api/coordinators?municipality=Middelburg",
          "/api/coordinators?postcode=3511",
          "/api/coordinators?municipality=Amsterdam&age=16",
          "/api/coordinators?municipality=Assen",
          "/api/coordinators?postcode=1012AB");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private DirectoryBenchmark() {}

  public static void main(String[] arguments) throws Exception {
    String adminUrl =
        System.getenv()
            .getOrDefault(
                "WEGWIJZER_IT_DB_ADMIN_URL", "jdbc:postgresql://127.0.0.1:55434/postgres");
    String dbUrl = PayaraProcess.freshDatabase(adminUrl, "wegwijzer_bench");
    System.setProperty("WEGWIJZER_TEST_DB_URL", dbUrl);
    System.out.println(
        "Starting Payara Micro on a fresh database (demo coordinators and postcodes)…");
    try (PayaraProcess app =
        PayaraProcess.start(dbUrl, System.getProperty("bench.demo", "deploy/demo"))) {
      long loadStart = System.nanoTime();
      int loaded = load(ORGANISATIONS);
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      System.out.printf(
          Locale.ROOT, "Loaded %,d generated organisations in %.1f s%n", loaded, loadSeconds);

      String base = app.baseUrl();
      measureSilently(base, SEARCHES, WARMUP);
      measureSilently(base, LOOKUPS, WARMUP / 2);
      List<String> rows = new ArrayList<>();
      rows.add(row("directory search (10 query shapes)", base, SEARCHES));
      rows.add(row("coordinator lookup (name, postcode, age)", base, LOOKUPS));
      long rss = residentKilobytes(app.pid());

      System.out.println();
      System.out.printf(
          Locale.ROOT,
          "Organisations: %,d (plus %d demo); one Payara Micro node (-Xmx512m), PostgreSQL 15, loopback, %d cores%n%n",
          loaded,
          78,
          Runtime.getRuntime().availableProcessors());
      System.out.println(
          "| API | p50 ms | p95 ms | p99 ms | requests/s (" + CLIENTS + " clients) |");
      System.out.println("| --- | ---: | ---: | ---: | ---: |");
      rows.forEach(System.out::println);
      System.out.printf(Locale.ROOT, "%nApp memory after the run (RSS): %d MB%n", rss / 1024);
    }
  }

  /**
   * Registers generated organisations through the directory's own service (every rule checked, the
   * search rows written), 500 to a transaction with the rows sent in JDBC batches.
   */
  private static int load(int count) {
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
    List<OrganisationRegistration> generated =
        new OrganisationGenerator(42, regions, municipalities).generate(count);
    int batch = 500;
    for (int from = 0; from < generated.size(); from += batch) {
      List<OrganisationRegistration> part =
          generated.subList(from, Math.min(from + batch, generated.size()));
      TestDatabase.inTransaction(
          em -> new Directory(em).organisationService().registerAll(part, true));
    }
    TestDatabase.execute("analyze");
    return generated.size();
  }

  private static String row(String name, String base, List<String> paths) throws Exception {
    long[] latencies = new long[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      long start = System.nanoTime();
      get(base + paths.get(i % paths.size()));
      latencies[i] = System.nanoTime() - start;
    }
    Arrays.sort(latencies);
    double throughput = throughput(base, paths);
    return String.format(
        Locale.ROOT,
        "| %s | %.1f | %.1f | %.1f | %,.0f |",
        name,
        percentile(latencies, 50),
        percentile(latencies, 95),
        percentile(latencies, 99),
        throughput);
  }

  private static double throughput(String base, List<String> paths) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong done = new AtomicLong();
    List<Future<?>> clients = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < CLIENTS; c++) {
      int offset = c;
      clients.add(
          pool.submit(
              () -> {
                int i = offset;
                while (running.get()) {
                  get(base + paths.get(i++ % paths.size()));
                  done.incrementAndGet();
                }
                return null;
              }));
    }
    Thread.sleep(THROUGHPUT_TIME.toMillis());
    running.set(false);
    for (Future<?> client : clients) {
      client.get();
    }
    pool.shutdown();
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }

  private static void measureSilently(String base, List<String> paths, int count) {
    for (int i = 0; i < count; i++) {
      get(base + paths.get(i % paths.size()));
    }
  }

  private static void get(String url) {
    try {
      HttpResponse<Void> response =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(url + " answered " + response.statusCode());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static double percentile(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static long residentKilobytes(long pid) {
    try {
      for (String line :
          java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (java.io.IOException e) {
      return -1;
    }
    return -1;
  }
}
