package nl.wegwijzer.web.http;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.web.platform.Database;

/**
 * How often a visitor's address may post the public, anonymous forms, counted in PostgreSQL so that
 * every node of a cluster counts the same posts (in memory, N nodes behind the balancer would give
 * one address N times the allowance).
 *
 * <p>The addresses of people who report trafficking are never stored: a row holds only a bucket,
 * the HMAC-SHA256 of the limit and the address under a key that is not in the database (derived
 * from the casework key, which every node already has; see {@link FieldCipher#derivedKey}), and the
 * moment it stops counting. A row is deleted once its window has passed: those of the bucket at
 * hand on every post, a bounded batch of any others on every post, and the rest by {@link
 * PostAllowanceSweep} within a minute.
 *
 * <p>Count and insert run in one transaction under a transaction-scoped advisory lock per bucket,
 * so two posts at the same moment through two nodes cannot both pass as the last one allowed. The
 * service is that transaction's boundary: a local one on its own connection, with any caller's
 * transaction suspended, so it commits before the post goes on and stays the same outside the
 * container (PostAllowanceTest). The time is the database's, the one clock all nodes share.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PostAllowance {

  /** A limit: at most {@code posts} accepted posts per bucket within a sliding {@code window}. */
  public enum Limit {
    /** The public signal form: 5 posts per address an hour. */
    SIGNAL(5, Duration.ofHours(1)),
    /** "Was this page useful?": 5 posts per address and page a minute. */
    FEEDBACK_PER_PAGE(5, Duration.ofMinutes(1)),
    /** "Was this page useful?": 30 posts per address a minute, whatever the page. */
    FEEDBACK(30, Duration.ofMinutes(1));

    private final int posts;
    private final Duration window;

    Limit(int posts, Duration window) {
      this.posts = posts;
      this.window = window;
    }

    public int posts() {
      return posts;
    }

    public Duration window() {
      return window;
    }

    /** The bucket of this limit for a subject: an address, or an address with a page. */
    public Claim of(String subject) {
      return new Claim(this, subject);
    }
  }

  /** One bucket a post counts against. */
  public record Claim(Limit limit, String subject) {}

  /** Whether the post may go ahead; if not, in how many seconds one may again. */
  public record Verdict(boolean allowed, long retryAfterSeconds) {
    static final Verdict ALLOWED = new Verdict(true, 0);
  }

  /** The label of the derived key: changing it starts every count afresh. */
  static final String KEY_LABEL = "wegwijzer/post-allowance/v1";

  /**
   * The first key of PostgreSQL's two-key advisory locks: it keeps these locks apart from any other
   * use (Flyway takes single-key locks, a key space of its own).
   */
  static final int LOCK_CLASS = 0x57570041;

  /** Expired rows of other buckets deleted along with each post. */
  static final int SWEEP_PER_POST = 100;

  private static final String LOCK = "select pg_advisory_xact_lock(?, ?)";
  private static final String NOW = "select clock_timestamp()";
  private static final String COUNT =
      "with expired as (delete from web.post_allowance where bucket = ? and expires_at <= ?)"
          + " select count(*), min(expires_at) from web.post_allowance"
          + " where bucket = ? and expires_at > ?";
  private static final String INSERT =
      "insert into web.post_allowance (bucket, expires_at) values (?, ?)";
  private static final String SWEEP =
      "delete from web.post_allowance where id in (select id from web.post_allowance"
          + " where expires_at <= ? limit ? for update skip locked)";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject FieldCipher cipher;

  private SecretKey key;

  /** For CDI. */
  protected PostAllowance() {}

  /** Outside the container: a database and the key the buckets are hashed with. */
  PostAllowance(DataSource dataSource, SecretKey key) {
    this.dataSource = dataSource;
    this.key = key;
  }

  @PostConstruct
  void deriveKey() {
    key = cipher.derivedKey(KEY_LABEL);
  }

  /**
   * Counts one post against every claim, or against none: the post is allowed when each bucket has
   * room left in its window, and then it is recorded in each; a refused post is not recorded.
   */
  public Verdict take(Claim... claims) {
    List<Bucket> buckets =
        Arrays.stream(claims)
            .map(claim -> new Bucket(claim.limit(), bucket(claim)))
            .sorted(Comparator.comparingInt(Bucket::lock))
            .toList();
    return inTransaction(connection -> take(connection, buckets));
  }

  private static Verdict take(Connection connection, List<Bucket> buckets) throws SQLException {
    // in one order on every node, so two posts that share two buckets cannot wait for each other
    for (Bucket bucket : buckets) {
      try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
        lock.setInt(1, LOCK_CLASS);
        lock.setInt(2, bucket.lock());
        lock.execute();
      }
    }
    // read after the locks: a post that waited for one sees the rows of the one before it
    OffsetDateTime now = now(connection);
    long retryAfter = 0;
    for (Bucket bucket : buckets) {
      retryAfter = Math.max(retryAfter, refusedFor(connection, bucket, now));
    }
    if (retryAfter == 0) {
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        for (Bucket bucket : buckets) {
          insert.setBytes(1, bucket.hash());
          insert.setObject(2, now.plus(bucket.limit().window()));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    sweep(connection, now, SWEEP_PER_POST);
    return retryAfter == 0 ? Verdict.ALLOWED : new Verdict(false, retryAfter);
  }

  /**
   * Deletes at most {@code limit} rows whose window has passed, skipping rows a post is deleting at
   * the same moment; answers how many went.
   */
  public int sweep(int limit) {
    return inTransaction(connection -> sweep(connection, now(connection), limit));
  }

  private interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  /**
   * Runs work in one committed transaction of its own. A failure rolls it back and is thrown with
   * the SQLException as its cause, which tells the outage page (RecoverableFailureFilter) from a
   * bug.
   */
  private <T> T inTransaction(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.on(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      } finally {
        restoreAutoCommit(connection);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Post allowances: the database failed", e);
    }
  }

  /** A broken connection cannot be restored; the pool finds that out and drops it by itself. */
  private static void restoreAutoCommit(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException broken) {
      // the failure that broke it is the one thrown
    }
  }

  private static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException alsoFailed) {
      failure.addSuppressed(alsoFailed);
    }
  }

  /** 0 when the bucket has room; else the seconds until its oldest counted post expires. */
  private static long refusedFor(Connection connection, Bucket bucket, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement count = connection.prepareStatement(COUNT)) {
      count.setBytes(1, bucket.hash());
      count.setObject(2, now);
      count.setBytes(3, bucket.hash());
      count.setObject(4, now);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        if (row.getInt(1) < bucket.limit().posts()) {
          return 0;
        }
        OffsetDateTime oldest = row.getObject(2, OffsetDateTime.class);
        long millis = Duration.between(now, oldest).toMillis();
        return Math.max(1, (millis + 999) / 1000);
      }
    }
  }

  private static int sweep(Connection connection, OffsetDateTime now, int limit)
      throws SQLException {
    try (PreparedStatement sweep = connection.prepareStatement(SWEEP)) {
      sweep.setObject(1, now);
      sweep.setInt(2, limit);
      return sweep.executeUpdate();
    }
  }

  private static OffsetDateTime now(Connection connection) throws SQLException {
    try (PreparedStatement now = connection.prepareStatement(NOW);
        ResultSet row = now.executeQuery()) {
      row.next();
      return row.getObject(1, OffsetDateTime.class);
    }
  }

  /**
   * HMAC-SHA256 of the limit's name and the subject: the same on every node, useless without it.
   */
  byte[] bucket(Claim claim) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(
          (claim.limit().name() + '\n' + claim.subject()).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The second key of a bucket's advisory lock. */
  static int lockOf(byte[] bucket) {
    return ByteBuffer.wrap(bucket).getInt();
  }

  private record Bucket(Limit limit, byte[] hash) {
    int lock() {
      return lockOf(hash);
    }
  }
}
