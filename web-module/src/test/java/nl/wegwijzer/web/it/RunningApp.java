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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real deployment for integration tests: Payara Micro with the built WAR, on a fresh PostgreSQL
 * database with the demo data, started once for the whole test run and stopped at its end. Use with
 * {@code @ExtendWith(RunningApp.class)} and {@link #baseUrl()}.
 */
public final class RunningApp implements BeforeAllCallback {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static Deployment deployment;

  public static String baseUrl() {
    return deployment.baseUrl;
  }

  static String setting(String name, String fallback) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      value = System.getProperty(name, fallback);
    }
    return value;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (RunningApp.class) {
      if (deployment == null) {
        deployment = Deployment.start();
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .put(Deployment.class, deployment);
      }
    }
  }

  /** The started server; closed by JUnit at the end of the run. */
  private static final class Deployment implements ExtensionContext.Store.CloseableResource {

    private final Process process;
    private final String baseUrl;
    private final Path log;

    private Deployment(Process process, String baseUrl, Path log) {
      this.process = process;
      this.baseUrl = baseUrl;
      this.log = log;
    }

    static Deployment start() throws Exception {
      String user = setting("WEGWIJZER_TEST_DB_USER", "wegwijzer");
      String password = setting("WEGWIJZER_TEST_DB_PASSWORD", "wegwijzer");
      String adminUrl =
          setting("WEGWIJZER_IT_DB_ADMIN_URL", "jdbc:postgresql://127.0.0.1:55433/postgres");
      String database = "wegwijzer_it";
      recreateDatabase(adminUrl, user, password, database);
      String dbUrl = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;

      int port = freePort();
      Path workdir = Path.of(System.getProperty("wegwijzer.it.workdir", "target/it"));
      Path root = workdir.resolve("payara-" + port);
      Files.createDirectories(root);
      Path log = workdir.resolve("payara-" + port + ".log");
      ProcessBuilder builder =
          new ProcessBuilder(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx512m",
                  "-jar",
                  System.getProperty("wegwijzer.it.payara", "target/runtime/payara-micro.jar"),
                  "--deploy",
                  System.getProperty("wegwijzer.it.war", "target/wegwijzer.war"),
                  "--contextroot",
                  "/",
                  "--port",
                  String.valueOf(port),
                  "--nocluster",
                  "--rootdir",
                  root.toString()));
      builder.environment().put("WEGWIJZER_DB_URL", dbUrl);
      builder.environment().put("WEGWIJZER_DB_USER", user);
      builder.environment().put("WEGWIJZER_DB_PASSWORD", password);
      builder
          .environment()
          .put(
              "WEGWIJZER_DEMO_DATA_DIR", System.getProperty("wegwijzer.it.demo", "../deploy/demo"));
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      Process process = builder.start();
      Deployment started = new Deployment(process, "http://127.0.0.1:" + port, log);
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
      started.awaitReady();
      return started;
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

    private static void recreateDatabase(String adminUrl, String user, String password, String name)
        throws SQLException {
      try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute("drop database if exists " + name + " with (force)");
        statement.execute("create database " + name);
      }
    }

    private static int freePort() throws IOException {
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
}
