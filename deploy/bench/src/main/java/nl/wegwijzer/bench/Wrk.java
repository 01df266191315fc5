package nl.wegwijzer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk (the Debian package) against one URL and reads its figures. Every run gets a Lua script
 * whose {@code done} prints one machine-readable line (requests, errors, latency percentiles in
 * microseconds), so nothing depends on wrk's human-readable units; the script may also rotate
 * paths, add headers or send a body.
 */
final class Wrk {

  /** What one run measured. Latencies in milliseconds. */
  record Result(
      long requests,
      double seconds,
      long statusErrors,
      long socketErrors,
      double p50,
      double p95,
      double p99) {

    double requestsPerSecond() {
      return seconds <= 0 ? 0 : requests / seconds;
    }

    /** Answers that were neither 2xx nor 3xx, and broken connections. */
    long errors() {
      return statusErrors + socketErrors;
    }
  }

  private static final Pattern RESULT =
      Pattern.compile(
          "WEGWIJZER-RESULT requests=(\\d+) duration_us=(\\d+) status=(\\d+) connect=(\\d+)"
              + " read=(\\d+) write=(\\d+) timeout=(\\d+) p50=(\\d+) p95=(\\d+) p99=(\\d+)");

  private static final String DONE =
      """
      done = function(summary, latency, requests)
        local e = summary.errors
        io.write(string.format(
          "WEGWIJZER-RESULT requests=%d duration_us=%d status=%d connect=%d read=%d write=%d"
          .. " timeout=%d p50=%d p95=%d p99=%d\\n",
          summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
          latency:percentile(50), latency:percentile(95), latency:percentile(99)))
      end
      """;

  private final Path scripts;

  Wrk(Path scripts) {
    this.scripts = scripts;
  }

  /** GETs of one URL (no Lua per request: the cheapest load wrk can make). */
  Result get(String url, int connections, int seconds) throws Exception {
    return run(url, connections, seconds, "");
  }

  /**
   * GETs of paths in rotation on the URL's server, with extra headers (may be empty). The paths are
   * read from a file (a rotation may hold tens of thousands), and each wrk thread starts at its own
   * place in the rotation, so two threads never ask the same question at the same moment.
   */
  Result rotate(
      String base,
      List<String> paths,
      java.util.Map<String, String> headers,
      int connections,
      int seconds)
      throws Exception {
    Path list = Files.createTempFile(scripts, "paths-", ".txt");
    Files.write(list, paths, StandardCharsets.UTF_8);
    String script =
        headerLines(headers)
            + "local paths = {}\n"
            + "for line in io.lines("
            + lua(list.toString())
            + ") do paths[#paths + 1] = line end\n"
            + "local threads = 0\n"
            + "setup = function(thread)\n"
            + "  threads = threads + 1\n"
            + "  thread:set(\"offset\", (threads - 1) * math.floor(#paths / 2))\n"
            + "end\n"
            + "local i = 0\n"
            + "request = function()\n"
            + "  i = i + 1\n"
            + "  return wrk.format(nil, paths[((i + (offset or 0)) % #paths) + 1])\n"
            + "end\n";
    try {
      return run(base, connections, seconds, script);
    } finally {
      Files.deleteIfExists(list);
    }
  }

  /**
   * POSTs to one URL, the body a Lua expression evaluated per request: {@code id} is the wrk
   * thread's number and {@code n} counts that thread's requests, so bodies can differ.
   */
  Result post(
      String url,
      java.util.Map<String, String> headers,
      String bodyExpression,
      int connections,
      int seconds)
      throws Exception {
    String script =
        headerLines(headers)
            + "wrk.method = \"POST\"\n"
            + "local threads = 0\n"
            + "setup = function(thread)\n"
            + "  threads = threads + 1\n"
            + "  thread:set(\"id\", threads)\n"
            + "end\n"
            + "local n = 0\n"
            + "request = function()\n"
            + "  n = n + 1\n"
            + "  return wrk.format(nil, nil, nil, "
            + bodyExpression
            + ")\n"
            + "end\n";
    return run(url, connections, seconds, script);
  }

  private static String headerLines(java.util.Map<String, String> headers) {
    StringBuilder lines = new StringBuilder();
    headers.forEach(
        (name, value) ->
            lines
                .append("wrk.headers[")
                .append(lua(name))
                .append("] = ")
                .append(lua(value))
                .append('\n'));
    return lines.toString();
  }

  static String lua(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  /** Two wrk threads, one per core of the machine the figures are for. */
  private Result run(String url, int connections, int seconds, String script) throws Exception {
    Path file = Files.createTempFile(scripts, "wrk-", ".lua");
    Files.writeString(file, script + DONE, StandardCharsets.UTF_8);
    List<String> command =
        new ArrayList<>(
            List.of(
                "wrk",
                "-t2",
                "-c" + connections,
                "-d" + seconds + "s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                file.toString(),
                url));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    Files.deleteIfExists(file);
    Matcher result = RESULT.matcher(output);
    if (exit != 0 || !result.find()) {
      throw new IOException("wrk failed (" + exit + ") on " + url + ":\n" + output);
    }
    return new Result(
        Long.parseLong(result.group(1)),
        Long.parseLong(result.group(2)) / 1e6,
        Long.parseLong(result.group(3)),
        Long.parseLong(result.group(4))
            + Long.parseLong(result.group(5))
            + Long.parseLong(result.group(6))
            + Long.parseLong(result.group(7)),
        Long.parseLong(result.group(8)) / 1e3,
        Long.parseLong(result.group(9)) / 1e3,
        Long.parseLong(result.group(10)) / 1e3);
  }

  static String describe(Result result) {
    return String.format(
        Locale.ROOT,
        "%,.0f req/s, p50 %.1f ms, p99 %.1f ms, %d errors",
        result.requestsPerSecond(),
        result.p50(),
        result.p99(),
        result.errors());
  }
}
