package nl.wegwijzer.web.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Payara Micro with the built WAR in a process of its own, on a given database. */
public final class PayaraProcess
    implements ExtensionContext.Store.CloseableResource, AutoCloseable {

  // generous: on a busy 2-core machine a start has taken over four minutes
  private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

  private final Process process;
  private final String baseUrl;
  private final Path log;

  private PayaraProcess(Process process, String baseUrl, Path log) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.log = log;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public long pid() {
    return process.pid();
  }

  static String user() {
    return RunningApp.setting("WEGWIJZER_TEST_DB_USER", "wegwijzer");
  }

  static String password() {
    return RunningApp.setting("WEGWIJZER_TEST_DB_PASSWORD", "wegwijzer");
  }

  /**
   * {@code environment} and a setting that keeps the node from making the generated documents
   * (PDF): rendering them is the costliest work after a start, and only the shared deployment's
   * tests read them.
   */
  static java.util.Map<String, String> withoutDocuments(java.util.Map<String, String> environment) {
    java.util.Map<String, String> without = new java.util.HashMap<>(environment);
    without.put("WEGWIJZER_DOCUMENTS_GENERATE", "false");
    return without;
  }

  /** Drops and creates a database next to the admin database; answers its JDBC URL. */
  public static String freshDatabase(String adminUrl, String name)
      throws SQLException, InterruptedException {
    try (Connection connection = DriverManager.getConnection(adminUrl, user(), password());
        Statement statement = connection.createStatement()) {
      drop(statement, name);
      statement.execute("create database " + name);
    }
    return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
  }

  /**
   * {@code with (force)} ends the connections a previous run left, but refuses (insufficient
   * privilege) while an autovacuum worker is in the database: the test role may not signal it. A
   * plain drop does stop autovacuum, but refuses while other connections remain, so the two take
   * turns until one gets through.
   */
  private static void drop(Statement statement, String name)
      throws SQLException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        statement.execute("drop database if exists " + name + " with (force)");
        return;
      } catch (SQLException refused) {
        if (!"42501".equals(refused.getSQLState()) || attempt == 10) {
          throw refused;
        }
      }
      try {
        statement.execute("drop database if exists " + name);
        return;
      } catch (SQLException stillInUse) {
        Thread.sleep(500);
      }
    }
  }

  /**
   * Starts the WAR on a free port and waits until it answers.
   *
   * @param demoData a folder of demo data to load, or null for none
   */
  public static PayaraProcess start(String dbUrl, String demoData, String... jvmOptions)
      throws Exception {
    return start(dbUrl, demoData, java.util.Map.of(), jvmOptions);
  }

  /** As {@link #start(String, String, String...)}, with extra environment variables. */
  public static PayaraProcess start(
      String dbUrl,
      String demoData,
      java.util.Map<String, String> environment,
      String... jvmOptions)
      throws Exception {
    return start(
        dbUrl, demoData, environment, freePort(), List.of("--nocluster"), List.of(jvmOptions));
  }

  /**
   * Starts the WAR on the given port with the given Payara Micro options in place of {@code
   * --nocluster} (a cluster node: {@code --clustermode}, {@code --clustername}, …) and JVM options
   * after those of deploy/payara/jvm.options (an {@code @argfile} too).
   */
  public static PayaraProcess start(
      String dbUrl,
      String demoData,
      java.util.Map<String, String> environment,
      int port,
      List<String> payaraOptions,
      List<String> jvmOptions)
      throws Exception {
    if (!environment.containsKey("WEGWIJZER_OIDC_PROVIDER_URI")) {
      Keycloak.awaitReady();
    }
    Path workdir = Path.of(System.getProperty("wegwijzer.it.workdir", "web-module/target/it"));
    Path root = workdir.resolve("payara-" + port);
    // A port drawn again in a later run would find that run's root folder, and Payara would boot
    // the deployment left there before deploying this one, answering the readiness check early.
    deleteTree(root);
    Files.createDirectories(root);
    Path log = workdir.resolve("payara-" + port + ".log");
    // the one launcher every start goes through: its jvm.options and pre-boot commands
    List<String> command = new ArrayList<>();
    command.add(payaraFile("start-node").toString());
    command.addAll(testJvmOptions());
    command.addAll(jvmOptions);
    command.addAll(List.of("--port", String.valueOf(port), "--rootdir", root.toString()));
    command.addAll(payaraOptions);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder
        .environment()
        .put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    builder
        .environment()
        .put(
            "WEGWIJZER_PAYARA_JAR",
            System.getProperty(
                "wegwijzer.it.payara", "web-module/target/runtime/payara-micro.jar"));
    builder
        .environment()
        .put(
            "WEGWIJZER_WAR",
            System.getProperty("wegwijzer.it.war", "web-module/target/wegwijzer.war"));
    builder.environment().put("WEGWIJZER_DB_URL", dbUrl);
    builder.environment().put("WEGWIJZER_DB_USER", user());
    builder.environment().put("WEGWIJZER_DB_PASSWORD", password());
    builder.environment().put("WEGWIJZER_DEMO_DATA_DIR", demoData == null ? "" : demoData);
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = builder.start();
    PayaraProcess started = new PayaraProcess(process, "http://127.0.0.1:" + port, log);
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    started.awaitReady();
    return started;
  }

  /**
   * The JVM options the test run gives its nodes on top of jvm.options ({@code
   * wegwijzer.it.node-jvm-options}, from the poms' {@code test.jvm.options}): a test node lives
   * minutes, and most of its CPU went to compiling its start with C2. The benchmark sets none.
   */
  private static List<String> testJvmOptions() {
    String options = System.getProperty("wegwijzer.it.node-jvm-options", "").strip();
    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /** A file of deploy/payara: the launcher, its JVM options and pre-boot commands. */
  public static Path payaraFile(String name) {
    return Path.of(System.getProperty("wegwijzer.it.payara-config", "deploy/payara")).resolve(name);
  }

  /** Ends the process at once, as {@code kill -9} does: no shutdown, no goodbye to the cluster. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** The node's log so far. */
  public String log() throws IOException {
    return Files.readString(log);
  }

  private void awaitReady() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro stopped while starting:\n" + tail());
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/api/regions")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    close();
    throw new IllegalStateException("Payara Micro did not start in time:\n" + tail());
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
