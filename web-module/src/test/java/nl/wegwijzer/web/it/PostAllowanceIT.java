package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import nl.wegwijzer.casework.crypto.FieldCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public forms' per-address limits as they are kept in PostgreSQL (web.post_allowance): no
 * address is stored, only an HMAC-SHA256 under a key derived from the casework key, and posts whose
 * window has passed no longer count and are deleted; posts sent at the same moment cannot both pass
 * as the last one allowed. Each test posts from an X-Forwarded-For address of its own (loopback is
 * a trusted proxy for the shared app), so it uses no other test's allowance.
 */
@ExtendWith(RunningApp.class)
class PostAllowanceIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static HttpResponse<String> post(String path, String address, String body)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", address)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A signal post without its time stamp: refused with 400 after it was counted. */
  private static int emptySignal(String address) throws Exception {
    return post("/signaal-melden/verzenden", address, "gemeente=&wat=Verhaal+" + address)
        .statusCode();
  }

  private static Connection database() throws Exception {
    return DriverManager.getConnection(
        RunningApp.databaseUrl(), PayaraProcess.user(), PayaraProcess.password());
  }

  /**
   * The bucket as the app must compute it, written out here on its own so that a change to what is
   * stored (a plain hash, the address itself) fails this test: HMAC-SHA256 of the limit's name and
   * the subject, under the key derived from the current casework key with the allowance's label.
   */
  private static byte[] bucket(String limit, String subject) throws Exception {
    FieldCipher cipher =
        new FieldCipher(
            RunningApp.setting("WEGWIJZER_CASEWORK_KEYS", ""),
            RunningApp.setting("WEGWIJZER_CASEWORK_CURRENT_KEY", ""));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(cipher.derivedKey("wegwijzer/post-allowance/v1"));
    return mac.doFinal((limit + "\n" + subject).getBytes(StandardCharsets.UTF_8));
  }

  private static List<Long> rowsOf(Connection connection, byte[] bucket) throws Exception {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select id from web.post_allowance where bucket = ? order by id")) {
      query.setBytes(1, bucket);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  @Test
  void onlyAKeyedHashOfTheAddressIsStoredNeverTheAddress() throws Exception {
    String address = "192.0.2.71";
    assertEquals(400, emptySignal(address));
    HttpResponse<String> feedback = post("/feedback", address, "pagina=%2F&nuttig=ja");
    assertEquals(302, feedback.statusCode());
    assertTrue(feedback.headers().firstValue("location").orElse("").contains("feedback=bedankt"));

    try (Connection connection = database();
        Statement statement = connection.createStatement()) {
      List<String> columns = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "select table_name || '.' || column_name from information_schema.columns"
                  + " where table_schema = 'web' and (table_name = 'post_allowance'"
                  + " or column_name ~* '(^|_)(ip|addr|address|host|forwarded)(_|$)')"
                  + " order by table_name, ordinal_position")) {
        while (rows.next()) {
          columns.add(rows.getString(1));
        }
      }
      assertEquals(
          List.of("post_allowance.id", "post_allowance.bucket", "post_allowance.expires_at"),
          columns,
          "the allowance holds no column an address could be in, nor does any other web table");

      List<byte[]> buckets = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery("select p::text, bucket from web.post_allowance p")) {
        while (rows.next()) {
          assertFalse(rows.getString(1).contains(address), rows.getString(1));
          buckets.add(rows.getBytes(2));
        }
      }
      byte[] plain = address.getBytes(StandardCharsets.UTF_8);
      byte[] unkeyed = MessageDigest.getInstance("SHA-256").digest(plain);
      for (byte[] stored : buckets) {
        assertEquals(32, stored.length);
        assertFalse(Arrays.equals(unkeyed, stored), "an unkeyed hash of the address");
        assertFalse(
            new String(stored, StandardCharsets.ISO_8859_1).contains(address), "the address");
      }
      // the signal, the feedback for the page and the feedback for the address: one row each
      for (byte[] expected :
          List.of(
              bucket("SIGNAL", address),
              bucket("FEEDBACK_PER_PAGE", address + "\n/"),
              bucket("FEEDBACK", address))) {
        assertEquals(1, rowsOf(connection, expected).size(), "one row for its bucket");
        assertTrue(buckets.stream().anyMatch(stored -> Arrays.equals(stored, expected)));
      }
    }
  }

  @Test
  void postsWhoseWindowHasPassedNoLongerCountAndAreDeleted() throws Exception {
    String address = "192.0.2.72";
    for (int post = 1; post <= 5; post++) {
      assertEquals(400, emptySignal(address), "post " + post);
    }
    HttpResponse<String> sixth = post("/signaal-melden/verzenden", address, "wat=Zesde");
    assertEquals(429, sixth.statusCode());
    long retryAfter = Long.parseLong(sixth.headers().firstValue("retry-after").orElseThrow());
    assertTrue(retryAfter > 3_500 && retryAfter <= 3_600, "Retry-After " + retryAfter);
    assertTrue(sixth.body().contains("Zesde"), "the typed text is kept");

    byte[] bucket = bucket("SIGNAL", address);
    List<Long> counted;
    try (Connection connection = database()) {
      counted = rowsOf(connection, bucket);
      assertEquals(5, counted.size(), "the refused post is not counted");
      // The two oldest posts were made over an hour ago: their window has passed.
      try (PreparedStatement age =
          connection.prepareStatement(
              "update web.post_allowance set expires_at = clock_timestamp() - interval '1 second'"
                  + " where id = ? or id = ?")) {
        age.setLong(1, counted.get(0));
        age.setLong(2, counted.get(1));
        assertEquals(2, age.executeUpdate());
      }
    }

    assertEquals(400, emptySignal(address), "two posts are free again");
    assertEquals(400, emptySignal(address));
    assertEquals(429, emptySignal(address), "and no more than two");
    try (Connection connection = database()) {
      List<Long> now = rowsOf(connection, bucket);
      assertEquals(5, now.size());
      assertFalse(now.contains(counted.get(0)), "an expired row is deleted");
      assertFalse(now.contains(counted.get(1)), "an expired row is deleted");
      assertTrue(now.containsAll(counted.subList(2, 5)), "the rows in the window stay");
    }
  }

  @Test
  void ofTwelvePostsSentAtOnceExactlyFivePass() throws Exception {
    String address = "192.0.2.75";
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int post = 0; post < 12; post++) {
      sent.add(
          HTTP.sendAsync(
              HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + "/signaal-melden/verzenden"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("X-Forwarded-For", address)
                  .timeout(Duration.ofSeconds(60))
                  .POST(HttpRequest.BodyPublishers.ofString("wat=Tegelijk"))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    List<Integer> statuses = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> answer : sent) {
      statuses.add(answer.get(90, TimeUnit.SECONDS).statusCode());
    }
    assertEquals(5, statuses.stream().filter(status -> status == 400).count(), statuses.toString());
    assertEquals(7, statuses.stream().filter(status -> status == 429).count(), statuses.toString());
    try (Connection connection = database()) {
      assertEquals(5, rowsOf(connection, bucket("SIGNAL", address)).size());
    }
  }

  @Test
  void expiredRowsOfOtherAddressesAreSweptToo() throws Exception {
    String gone = "192.0.2.73";
    assertEquals(400, emptySignal(gone));
    try (Connection connection = database();
        PreparedStatement age =
            connection.prepareStatement(
                "update web.post_allowance set expires_at = clock_timestamp() - interval '1 second'"
                    + " where bucket = ?")) {
      age.setBytes(1, bucket("SIGNAL", gone));
      assertEquals(1, age.executeUpdate());
    }
    // a post from someone else deletes it (and the minute's sweep would, without any post)
    assertEquals(400, emptySignal("192.0.2.74"));
    try (Connection connection = database()) {
      assertEquals(List.of(), rowsOf(connection, bucket("SIGNAL", gone)), "the expired row");
    }
  }
}
