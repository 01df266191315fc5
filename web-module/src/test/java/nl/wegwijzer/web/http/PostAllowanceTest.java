package nl.wegwijzer.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import nl.wegwijzer.directory.testing.TestDatabase;
import nl.wegwijzer.web.http.PostAllowance.Limit;
import nl.wegwijzer.web.http.PostAllowance.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The allowance on the test PostgreSQL ({@code WEGWIJZER_TEST_DB_URL}, started by {@code
 * deploy/wegwijzer test}), with the web schema's own migration, as every node of a cluster uses it:
 * each instance here stands for a node.
 */
class PostAllowanceTest {

  private static DataSource database;
  private static final SecretKeySpec KEY = new SecretKeySpec(random(32), "HmacSHA256");

  private static byte[] random(int bytes) {
    byte[] value = new byte[bytes];
    new SecureRandom().nextBytes(value);
    return value;
  }

  @BeforeAll
  static void migrate() {
    database = TestDatabase.migratedDataSource("web");
  }

  @BeforeEach
  void empty() throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("delete from web.post_allowance");
    }
  }

  private static PostAllowance node() {
    return new PostAllowance(database, KEY);
  }

  private static int rows(byte[] bucket, String condition) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "select count(*) from web.post_allowance where bucket = ? and " + condition)) {
      count.setBytes(1, bucket);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  @Test
  void fivePostsAnHourThenTheSixthWaitsForTheOldestToExpire() {
    PostAllowance nodeA = node();
    PostAllowance nodeB = node();
    for (int post = 1; post <= 5; post++) {
      PostAllowance node = post % 2 == 0 ? nodeB : nodeA;
      assertTrue(node.take(Limit.SIGNAL.of("198.51.100.1")).allowed(), "post " + post);
    }
    Verdict sixth = nodeB.take(Limit.SIGNAL.of("198.51.100.1"));
    assertFalse(sixth.allowed());
    assertTrue(
        sixth.retryAfterSeconds() > 3_500 && sixth.retryAfterSeconds() <= 3_600,
        "Retry-After " + sixth.retryAfterSeconds());
    assertTrue(nodeA.take(Limit.SIGNAL.of("198.51.100.2")).allowed(), "another address");
    assertTrue(nodeA.take(Limit.FEEDBACK.of("198.51.100.1")).allowed(), "another limit");
  }

  @Test
  void aPostCountsForBothOfItsBucketsOrForNeither() throws SQLException {
    PostAllowance allowance = node();
    String address = "198.51.100.3";
    for (int post = 1; post <= 5; post++) {
      assertTrue(feedback(allowance, address, "/a").allowed(), "post " + post + " on /a");
    }
    assertFalse(feedback(allowance, address, "/a").allowed(), "the sixth on one page");
    // the refused post did not count for the address: 25 more on other pages make 30
    for (int page = 1; page <= 25; page++) {
      assertTrue(feedback(allowance, address, "/p" + page).allowed(), "page " + page);
    }
    assertFalse(feedback(allowance, address, "/p99").allowed(), "the 31st in a minute");
    assertEquals(
        0,
        rows(allowance.bucket(Limit.FEEDBACK_PER_PAGE.of(address + "\n/p99")), "true"),
        "nor did the refused one count for its page");
    assertEquals(30, rows(allowance.bucket(Limit.FEEDBACK.of(address)), "true"));
  }

  private static Verdict feedback(PostAllowance allowance, String address, String page) {
    return allowance.take(
        Limit.FEEDBACK_PER_PAGE.of(address + "\n" + page), Limit.FEEDBACK.of(address));
  }

  @Test
  void expiredPostsDoNotCountAndAreDeleted() throws SQLException {
    PostAllowance allowance = node();
    byte[] bucket = allowance.bucket(Limit.SIGNAL.of("198.51.100.4"));
    byte[] other = allowance.bucket(Limit.SIGNAL.of("198.51.100.5"));
    try (Connection connection = database.getConnection();
        PreparedStatement old =
            connection.prepareStatement(
                "insert into web.post_allowance (bucket, expires_at)"
                    + " values (?, clock_timestamp() - interval '1 second')")) {
      for (byte[] expired : List.of(bucket, bucket, bucket, bucket, bucket, other)) {
        old.setBytes(1, expired);
        old.addBatch();
      }
      old.executeBatch();
    }
    assertTrue(allowance.take(Limit.SIGNAL.of("198.51.100.4")).allowed());
    assertEquals(1, rows(bucket, "true"), "only the new post is left of its bucket");
    assertEquals(0, rows(other, "true"), "and another bucket's expired row went too");
    assertEquals(
        1, rows(bucket, "expires_at > clock_timestamp() + interval '59 minutes'"), "an hour");
  }

  @Test
  void theSweepDeletesOnlyExpiredRowsInBoundedBatches() throws SQLException {
    PostAllowance allowance = node();
    byte[] expired = allowance.bucket(Limit.FEEDBACK.of("198.51.100.6"));
    try (Connection connection = database.getConnection();
        PreparedStatement old =
            connection.prepareStatement(
                "insert into web.post_allowance (bucket, expires_at)"
                    + " select ?, clock_timestamp() - interval '1 second'"
                    + " from generate_series(1, 250)")) {
      old.setBytes(1, expired);
      old.executeUpdate();
    }
    assertTrue(allowance.take(Limit.FEEDBACK.of("198.51.100.7")).allowed());
    assertEquals(250 - PostAllowance.SWEEP_PER_POST, rows(expired, "true"), "a bounded batch");
    assertEquals(100, allowance.sweep(100));
    assertEquals(50, allowance.sweep(100));
    assertEquals(0, allowance.sweep(100));
    assertEquals(1, rows(allowance.bucket(Limit.FEEDBACK.of("198.51.100.7")), "true"));
  }

  /**
   * Another node is in the middle of a post of the same address (it holds the bucket's lock and has
   * counted it full but not yet committed): this post waits for it, and then sees its rows.
   */
  @Test
  void aPostWaitsForOneInProgressOnTheSameBucketAndCountsItsRows() throws Exception {
    PostAllowance allowance = node();
    byte[] bucket = allowance.bucket(Limit.SIGNAL.of("198.51.100.8"));
    ExecutorService other = Executors.newSingleThreadExecutor();
    try (Connection node = database.getConnection()) {
      node.setAutoCommit(false);
      try (PreparedStatement lock = node.prepareStatement("select pg_advisory_xact_lock(?, ?)");
          PreparedStatement insert =
              node.prepareStatement(
                  "insert into web.post_allowance (bucket, expires_at)"
                      + " select ?, clock_timestamp() + interval '1 hour'"
                      + " from generate_series(1, 5)")) {
        lock.setInt(1, PostAllowance.LOCK_CLASS);
        lock.setInt(2, PostAllowance.lockOf(bucket));
        lock.execute();
        insert.setBytes(1, bucket);
        insert.executeUpdate();
      }
      Future<Verdict> waiting = other.submit(() -> allowance.take(Limit.SIGNAL.of("198.51.100.8")));
      try {
        waiting.get(1, TimeUnit.SECONDS);
        throw new AssertionError("the post did not wait for the one in progress");
      } catch (TimeoutException expected) {
        // it waits for the lock
      }
      node.commit();
      assertFalse(waiting.get(10, TimeUnit.SECONDS).allowed(), "the sixth post");
    } finally {
      other.shutdownNow();
    }
    assertEquals(5, rows(bucket, "true"));
  }

  @Test
  void ofManyPostsAtTheSameMomentOnSeveralNodesExactlyFivePass() throws Exception {
    int posts = 16;
    ExecutorService nodes = Executors.newFixedThreadPool(posts);
    try {
      for (int round = 0; round < 5; round++) {
        String address = "198.51.100." + (100 + round);
        CyclicBarrier together = new CyclicBarrier(posts);
        List<Future<Verdict>> verdicts = new ArrayList<>();
        for (int post = 0; post < posts; post++) {
          PostAllowance node = node();
          verdicts.add(
              nodes.submit(
                  () -> {
                    together.await(10, TimeUnit.SECONDS);
                    return node.take(Limit.SIGNAL.of(address));
                  }));
        }
        int allowed = 0;
        for (Future<Verdict> verdict : verdicts) {
          allowed += verdict.get(30, TimeUnit.SECONDS).allowed() ? 1 : 0;
        }
        assertEquals(5, allowed, "round " + round);
        assertEquals(5, rows(node().bucket(Limit.SIGNAL.of(address)), "true"), "round " + round);
      }
    } finally {
      nodes.shutdownNow();
    }
  }
}
