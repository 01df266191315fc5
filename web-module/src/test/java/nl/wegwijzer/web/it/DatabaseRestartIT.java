package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijzer.web.platform.DatabaseFailure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * PostgreSQL restarted while coordinators register signals: no registration that was answered 201
 * is lost or stored twice, every failure meanwhile is a quick, clear, retryable 503, a public page
 * and the public forms' posts show a readable Dutch page, and the app recovers by itself once the
 * database is back.
 *
 * <p>The test has its own PostgreSQL server and Payara Micro, so stopping the database cannot
 * disturb the other tests, whichever order they run in.
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(Lanes.OWN_SERVERS_FIRST)
@ResourceLock(Lanes.OWN_DATABASE)
class DatabaseRestartIT {

  /** How long the app may take to answer normally again after PostgreSQL is back. */
  private static final Duration RECOVERY = Duration.ofSeconds(30);

  /**
   * Longer than the pool waits for a connection (10 s, {@code Database}): a request in flight can
   * otherwise ride out the whole outage, and a run whose clients all were in flight at the stop saw
   * 1,343 registrations and not one failure, so the outage went unobserved.
   */
  private static final Duration OUTAGE = Duration.ofSeconds(12);

  private static final int CLIENTS = 4;

  /**
   * Every request registers a signal with its own intake date, counted back from this day: the date
   * tells in the database which request a row came from, without reading sealed fields.
   */
  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 12, 31);

  private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

  private static PostgresServer database;
  private static PayaraProcess app;
  private static String dbUrl;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One answered registration: its intake date, status, reference (on 201) and problem body. */
  record Outcome(
      LocalDate intakeDate,
      int status,
      String reference,
      String contentType,
      String retryAfter,
      String body,
      long sentAtNanos,
      long tookMillis) {}

  /** The test's own PostgreSQL server, and the app on it. */
  record Own(PostgresServer database, String dbUrl, PayaraProcess app) {}

  /** Started ahead by {@link Deployments} while other classes run. */
  static Own startOwn() throws Exception {
    PostgresServer server = PostgresServer.fresh("restart-it");
    try {
      String url = PayaraProcess.freshDatabase(server.url("postgres"), "wegwijzer_restart");
      return new Own(
          server,
          url,
          PayaraProcess.start(
              url,
              System.getProperty("wegwijzer.it.demo", "../deploy/demo"),
              PayaraProcess.withoutDocuments(Map.of())));
    } catch (Exception failed) {
      server.close();
      throw failed;
    }
  }

  @BeforeAll
  static void start() throws Exception {
    Own own = Deployments.take("own database");
    database = own.database();
    dbUrl = own.dbUrl();
    app = own.app();
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (database != null) {
      database.close();
    }
  }

  private static String signal(LocalDate intakeDate) {
    return """
        {"intakeDate": "%s", "channel": "phone", "reporterType": "labour-inspectorate",
         "reporterContact": "Inspecteur J. de Wit", "municipality": "Middelburg", "forms": ["labour"],
         "sector": "agriculture", "indicators": ["geen-eigen-id"],
         "account": "Werkt zeven dagen per week in de kassen; paspoort ingenomen.",
         "pseudonym": "Anna K.", "birthYear": 1995, "gender": "female", "nationality": "RO",
         "languages": ["ro"], "interpreterNeeded": true, "residenceStatus": "eu-citizen",
         "consent": "given", "consentSignedBy": "person"}
        """
        .formatted(intakeDate);
  }

  private Outcome register(String token, LocalDate intakeDate) {
    long sent = System.nanoTime();
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/signals"))
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + token)
                  .timeout(Duration.ofSeconds(30))
                  .POST(HttpRequest.BodyPublishers.ofString(signal(intakeDate)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher reference = REFERENCE.matcher(response.body());
      return new Outcome(
          intakeDate,
          response.statusCode(),
          response.statusCode() == 201 && reference.find() ? reference.group(1) : null,
          response.headers().firstValue("content-type").orElse(""),
          response.headers().firstValue("retry-after").orElse(null),
          response.body(),
          sent,
          (System.nanoTime() - sent) / 1_000_000);
    } catch (Exception e) {
      // no answer at all (a timeout, a dropped connection): recorded as status 0, which fails
      return new Outcome(
          intakeDate,
          0,
          null,
          "",
          null,
          e.toString(),
          sent,
          (System.nanoTime() - sent) / 1_000_000);
    }
  }

  private HttpResponse<String> publicPage(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> publicPost(String path, String form) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void registrationsSurviveADatabaseRestart() throws Exception {
    String token = Keycloak.token("coordinator-zeeland");
    assertEquals(201, register(token, FIRST_DAY.plusDays(1)).status(), "a first registration");

    ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int i = 0; i < CLIENTS; i++) {
      clients.submit(
          () -> {
            while (running.get()) {
              Outcome outcome = register(token, FIRST_DAY.minusDays(next.getAndIncrement()));
              outcomes.add(outcome);
              if (outcome.status() != 201) {
                // a client told to retry later waits a little, as a real one would
                sleep(200);
              }
            }
          });
    }

    Thread.sleep(3_000);
    database.stopFast();
    long down = System.nanoTime();
    Thread.sleep(1_000);
    HttpResponse<String> pageWhileDown =
        publicPage("/organisaties?q=" + UUID.randomUUID().toString().substring(0, 8));
    // the public forms count posts in the database before anything else
    HttpResponse<String> signalWhileDown =
        publicPost("/signaal-melden/verzenden", "gemeente=Middelburg&wat=Gezien+bij+de+haven");
    HttpResponse<String> feedbackWhileDown = publicPost("/feedback", "pagina=%2F&nuttig=ja");
    long left = OUTAGE.toMillis() - (System.nanoTime() - down) / 1_000_000;
    if (left > 0) {
      Thread.sleep(left);
    }
    database.start();
    long up = System.nanoTime();

    // run on until registrations have succeeded again for a while
    long deadline = up + RECOVERY.toNanos();
    Long recovered = null;
    while (System.nanoTime() < deadline) {
      Thread.sleep(250);
      recovered = firstSuccessAfter(outcomes, up);
      if (recovered != null && System.nanoTime() - recovered > Duration.ofSeconds(5).toNanos()) {
        break;
      }
    }
    running.set(false);
    clients.shutdown();
    assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "the clients finished");

    List<Outcome> all = new ArrayList<>(outcomes);
    List<Outcome> created = all.stream().filter(o -> o.status() == 201).toList();
    List<Outcome> failed = all.stream().filter(o -> o.status() != 201).toList();
    System.out.printf(
        "DatabaseRestartIT: %d registrations, %d created, %d failed (%s)%n",
        all.size(),
        created.size(),
        failed.size(),
        failed.stream().map(o -> String.valueOf(o.status())).distinct().toList());

    // the outage was real: some requests failed, and all of them clearly and quickly
    assertFalse(failed.isEmpty(), "no request failed while PostgreSQL was down");
    for (Outcome failure : failed) {
      String what = failure.intakeDate() + " after " + failure.tookMillis() + " ms: ";
      assertEquals(503, failure.status(), what + failure.body());
      assertTrue(
          failure.contentType().startsWith("application/problem+json"),
          what + failure.contentType());
      assertTrue(failure.retryAfter() != null, what + "no Retry-After");
      assertFalse(failure.body().contains("Exception"), what + failure.body());
      assertTrue(failure.tookMillis() < 15_000, what + "too slow for an outage answer");
    }

    // recovered by itself, without restarting Payara
    assertTrue(recovered != null, "no registration succeeded after PostgreSQL came back");
    assertTrue(
        recovered - up < RECOVERY.toNanos(),
        "recovery took " + (recovered - up) / 1_000_000 + " ms");
    long settled = recovered + Duration.ofSeconds(2).toNanos();
    List<Outcome> afterRecovery =
        all.stream().filter(o -> o.sentAtNanos() > settled && o.status() != 201).toList();
    assertTrue(afterRecovery.isEmpty(), "failures after recovery: " + afterRecovery);

    // the public site said so in Dutch, not with a stack trace
    assertEquals(503, pageWhileDown.statusCode(), pageWhileDown.body());
    assertTrue(pageWhileDown.body().contains("Tijdelijk niet bereikbaar"), pageWhileDown.body());
    assertFalse(pageWhileDown.body().contains("Exception"), pageWhileDown.body());
    assertTrue(pageWhileDown.headers().firstValue("retry-after").isPresent());
    assertEquals(200, publicPage("/organisaties?q=opvang").statusCode(), "the site is back");
    for (HttpResponse<String> form : List.of(signalWhileDown, feedbackWhileDown)) {
      String what = form.request().uri().getPath() + ": ";
      assertEquals(503, form.statusCode(), what + form.body());
      assertTrue(form.body().contains("Tijdelijk niet bereikbaar"), what + form.body());
      assertFalse(form.body().contains("Exception"), what + form.body());
      assertEquals(
          String.valueOf(DatabaseFailure.RETRY_AFTER_SECONDS),
          form.headers().firstValue("retry-after").orElse(null),
          what);
    }
    HttpResponse<String> feedbackAfter = publicPost("/feedback", "pagina=%2F&nuttig=ja");
    assertTrue(
        feedbackAfter.headers().firstValue("location").orElse("").contains("feedback=bedankt"),
        "the forms are back: " + feedbackAfter.headers().map());

    // every 201 is stored exactly once, with the intake date it was sent with; nothing twice
    Map<String, LocalDate> stored = new HashMap<>();
    try (Connection connection =
            DriverManager.getConnection(dbUrl, PayaraProcess.user(), PayaraProcess.password());
        Statement statement = connection.createStatement()) {
      try (ResultSet twice =
          statement.executeQuery(
              "select intake_date, count(*) from casework.signal"
                  + " group by intake_date having count(*) > 1")) {
        assertFalse(twice.next(), "a registration was stored twice");
      }
      try (PreparedStatement query =
          connection.prepareStatement(
              "select reference, intake_date from casework.signal where reference = ?")) {
        for (Outcome success : created) {
          query.setString(1, success.reference());
          try (ResultSet row = query.executeQuery()) {
            assertTrue(row.next(), "lost: " + success.reference());
            stored.put(row.getString(1), row.getObject(2, LocalDate.class));
            assertFalse(row.next(), "twice: " + success.reference());
          }
        }
      }
    }
    for (Outcome success : created) {
      assertEquals(success.intakeDate(), stored.get(success.reference()), success.reference());
    }
  }

  private static Long firstSuccessAfter(Iterable<Outcome> outcomes, long up) {
    Long first = null;
    for (Outcome outcome : outcomes) {
      long answered = outcome.sentAtNanos() + outcome.tookMillis() * 1_000_000;
      if (outcome.status() == 201
          && outcome.sentAtNanos() > up
          && (first == null || answered < first)) {
        first = answered;
      }
    }
    return first;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
