package nl.wegwijzer.web.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, which the test may stop and start: {@code deploy/wegwijzer
 * test} names the PostgreSQL programs ({@code WEGWIJZER_IT_PG_BIN}) and a folder the postgres user
 * can write to ({@code WEGWIJZER_IT_PG_DIR}). Run as root, the programs run as postgres, which
 * PostgreSQL requires.
 */
final class PostgresServer implements AutoCloseable {

  private final Path bin;
  private final Path data;
  private final int port;

  private PostgresServer(Path bin, Path data, int port) {
    this.bin = bin;
    this.data = data;
    this.port = port;
  }

  /** A fresh cluster in its own folder, started, with the application's role. */
  static PostgresServer fresh(String name) throws Exception {
    String bin = RunningApp.setting("WEGWIJZER_IT_PG_BIN", null);
    String dir = RunningApp.setting("WEGWIJZER_IT_PG_DIR", null);
    if (bin == null || dir == null) {
      throw new IllegalStateException(
          "WEGWIJZER_IT_PG_BIN and WEGWIJZER_IT_PG_DIR are not set: run through deploy/wegwijzer test");
    }
    Path data = Path.of(dir, name);
    if (Files.exists(data)) {
      try (Stream<Path> old = Files.walk(data)) {
        for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    PostgresServer server = new PostgresServer(Path.of(bin), data, PayaraProcess.freePort());
    server.run("initdb", "-D", data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8");
    server.start();
    try (Connection admin = DriverManager.getConnection(server.url("postgres"), "postgres", "");
        Statement statement = admin.createStatement()) {
      statement.execute(
          "create role "
              + PayaraProcess.user()
              + " login createdb password '"
              + PayaraProcess.password().replace("'", "''")
              + "'");
    }
    return server;
  }

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  void start() throws Exception {
    run(
        "pg_ctl",
        "-D",
        data.toString(),
        "-l",
        data.resolve("server.log").toString(),
        "-w",
        "-t",
        "60",
        "-o",
        "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off",
        "start");
  }

  /** Stops the server the way an operator restarting it does: open sessions are ended at once. */
  void stopFast() throws Exception {
    run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
  }

  private void run(String program, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      stopFast();
    } catch (Exception e) {
      throw new SQLException("PostgreSQL did not stop", e);
    }
  }
}
