package nl.wegwijzer.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The static baseline: nginx (the Debian package) as a plain process on its own port, serving saved
 * copies of pages from a folder of its own with a minimal configuration, stopped afterwards.
 */
final class Nginx implements AutoCloseable {

  private final Path root;
  private final int port;
  private final Process process;

  private Nginx(Path root, int port, Process process) {
    this.root = root;
    this.port = port;
    this.process = process;
  }

  /** Starts nginx on {@code port} serving the files of {@code root} (which it also works in). */
  static Nginx start(Path root, int port) throws Exception {
    Path html = root.resolve("html");
    Files.createDirectories(html);
    // the worker runs as an unprivileged user when started as root: it must read the copies
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(html, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path config = root.resolve("nginx.conf");
    Files.writeString(
        config,
        """
        worker_processes auto;
        daemon off;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        events { worker_connections 1024; }
        http {
          types { text/html html; }
          default_type application/octet-stream;
          access_log off;
          sendfile on;
          keepalive_requests 1000000;
          client_body_temp_path %1$s/body;
          proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi;
          uwsgi_temp_path %1$s/uwsgi;
          scgi_temp_path %1$s/scgi;
          server {
            listen 127.0.0.1:%2$d;
            root %1$s/html;
          }
        }
        """
            .formatted(root, port));
    Process process =
        new ProcessBuilder("nginx", "-p", root.toString(), "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(root.resolve("nginx.out").toFile())
            .start();
    Nginx nginx = new Nginx(root, port, process);
    Runtime.getRuntime().addShutdownHook(new Thread(nginx::close));
    nginx.awaitReady();
    return nginx;
  }

  /** Saves what {@code url} answers now as {@code name}; answers the URL nginx serves it on. */
  String save(String url, String name) throws Exception {
    byte[] page = fetch(url);
    Path file = root.resolve("html").resolve(name);
    Files.write(file, page);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    String copy = "http://127.0.0.1:" + port + "/" + name;
    if (fetch(copy).length != page.length) {
      throw new IllegalStateException("nginx does not serve the saved copy of " + url);
    }
    return copy;
  }

  /** The body of a 200 answer to a GET. */
  static byte[] fetch(String url) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    return response.body();
  }

  private void awaitReady() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    for (int i = 0; i < 50; i++) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "nginx did not start: " + Files.readString(root.resolve("nginx.out")));
      }
      try {
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    close();
    throw new IllegalStateException("nginx did not answer on port " + port);
  }

  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    // SIGTERM to the master: it stops its workers too
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
