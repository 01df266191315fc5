package nl.wegwijzer.web.it;

import static nl.wegwijzer.web.it.CoordinatorBrowser.choose;
import static nl.wegwijzer.web.it.CoordinatorBrowser.date;
import static nl.wegwijzer.web.it.CoordinatorBrowser.press;
import static nl.wegwijzer.web.it.CoordinatorBrowser.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two Payara Micro nodes of the built WAR in one Hazelcast cluster (TCP/IP on loopback, the options
 * of {@code deploy/wegwijzer cluster}) behind HAProxy with {@code deploy/haproxy/haproxy.cfg},
 * sharing the test PostgreSQL and Keycloak: health and metrics; an edit through one node seen
 * through the other at once (EclipseLink's coordinated cache); one allowance per address on the
 * public forms for all nodes together; then the node that serves a logged-in coordinator is killed
 * with {@code kill -9} while a client registers signals through the balancer, and the coordinator
 * carries on without a password form, and no acknowledged signal is lost or doubled; last, the
 * survivor loses its database. Started once for the class; the tests run in order.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.CLUSTER)
// First of the lanes' classes: the longest, its two nodes starting one after the other.
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final String COORDINATOR = "coordinator-zeeland";
  private static final LocalDate FIRST_LOAD_DAY = LocalDate.of(2001, 1, 1);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private static final Map<String, PayaraProcess> NODES = new ConcurrentHashMap<>();
  private static String dbUrl;
  private static Process haproxy;
  private static String balancer;

  private static Path deployFile(String property, String fallback) {
    return Path.of(System.getProperty(property, fallback));
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  @BeforeAll
  static void startCluster() throws Exception {
    String adminUrl =
        RunningApp.setting(
            "WEGWIJZER_IT_DB_ADMIN_URL", "jdbc:postgresql://127.0.0.1:55433/postgres");
    dbUrl = PayaraProcess.freshDatabase(adminUrl, "wegwijzer_it_cluster");
    Path workdir = Path.of(System.getProperty("wegwijzer.it.workdir", "target/it"));
    Files.createDirectories(workdir);
    Path preBoot = workdir.resolve("cluster-pre-boot-commands.txt");
    Files.write(
        preBoot,
        Stream.concat(
                lines(PayaraProcess.payaraFile("pre-boot-commands.txt")).stream(),
                lines(PayaraProcess.payaraFile("cluster-pre-boot-commands.txt")).stream())
            .toList());
    int hazelcastA = PayaraProcess.freePort();
    int hazelcastB = PayaraProcess.freePort();
    Map<String, String> environment =
        PayaraProcess.withoutDocuments(
            Map.of(
                "WEGWIJZER_TRUSTED_PROXIES", "127.0.0.1",
                "WEGWIJZER_FORM_SECRET", "cluster-it-form-secret"));
    List<String> options =
        List.of(
            "--clustername",
            "wegwijzer-it-" + ProcessHandle.current().pid(),
            "--clustermode",
            "tcpip:127.0.0.1:" + hazelcastA + ",127.0.0.1:" + hazelcastB,
            "--prebootcommandfile",
            preBoot.toString());
    String demo = System.getProperty("wegwijzer.it.demo", "../deploy/demo");
    // The nodes start side by side. Node 1 alone loads the demo data: the loader fills a table only
    // while it is empty, which two loaders at once would both find; Flyway's lock makes the later
    // node wait for the other's migrations. Node 2 starts once node 1's data grid is up, so that it
    // joins that grid instead of forming one of its own.
    int port1 = PayaraProcess.freePort();
    CompletableFuture<PayaraProcess> node1 =
        CompletableFuture.supplyAsync(
            () -> startNode("node1", port1, hazelcastA, demo, environment, options));
    try {
      awaitDataGrid(workdir.resolve("payara-" + port1 + ".log"), node1);
      NODES.put(
          "node2",
          startNode("node2", PayaraProcess.freePort(), hazelcastB, null, environment, options));
    } finally {
      NODES.put("node1", node1.join());
    }
    startBalancer(workdir);
  }

  private static PayaraProcess startNode(
      String name,
      int port,
      int hazelcast,
      String demo,
      Map<String, String> environment,
      List<String> clusterOptions) {
    List<String> options = new ArrayList<>(List.of("--name", name));
    options.addAll(clusterOptions);
    options.addAll(List.of("--startport", String.valueOf(hazelcast)));
    try {
      return PayaraProcess.start(
          dbUrl,
          demo,
          environment,
          port,
          options,
          List.of("@" + PayaraProcess.payaraFile("cluster-jvm.options")));
    } catch (Exception failed) {
      throw new CompletionException(name + " did not start", failed);
    }
  }

  /** Waits until the starting node's log shows its data grid, or the start has ended. */
  private static void awaitDataGrid(Path log, CompletableFuture<PayaraProcess> starting)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
    while (!starting.isDone() && System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log).contains("DG Size:")) {
        return;
      }
      Thread.sleep(200);
    }
  }

  private static void startBalancer(Path workdir) throws Exception {
    int port = PayaraProcess.freePort();
    balancer = "http://127.0.0.1:" + port;
    StringBuilder servers = new StringBuilder();
    for (String name : List.of("node1", "node2")) {
      servers
          .append("    server ")
          .append(name)
          .append(' ')
          .append(URI.create(NODES.get(name).baseUrl()).getAuthority())
          .append(" cookie ")
          .append(name)
          .append(" check\n");
    }
    Path config = workdir.resolve("haproxy.cfg");
    Files.writeString(
        config,
        Files.readString(deployFile("wegwijzer.it.haproxy", "../deploy/haproxy/haproxy.cfg"))
            .replaceFirst("(?m)^\\s*# @SERVERS@.*$", servers.toString().stripTrailing()));
    ProcessBuilder builder =
        new ProcessBuilder(
            RunningApp.setting("WEGWIJZER_HAPROXY", "/usr/sbin/haproxy"),
            "-db",
            "-f",
            config.toString());
    builder.environment().put("WEGWIJZER_BALANCER_ADDRESS", "127.0.0.1");
    builder.environment().put("WEGWIJZER_BALANCER_PORT", String.valueOf(port));
    builder.redirectErrorStream(true).redirectOutput(workdir.resolve("haproxy.log").toFile());
    haproxy = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(haproxy::destroyForcibly));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (status(balancer + "/health/ready") == 200) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("HAProxy does not answer: " + Files.readString(config));
  }

  @AfterAll
  static void stopCluster() {
    if (haproxy != null) {
      haproxy.destroy();
    }
    NODES.values().forEach(PayaraProcess::close);
  }

  private static HttpResponse<String> get(String url, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int status(String url) {
    try {
      return get(url).statusCode();
    } catch (Exception unreachable) {
      return -1;
    }
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  @Test
  @Order(1)
  void bothNodesFormOneDataGridAndReportTheirHealth() throws Exception {
    for (PayaraProcess node : NODES.values()) {
      assertTrue(
          node.log().contains("DG Size: 2"), "the data grid has both members: " + node.baseUrl());
      // Keycloak's answer is remembered a few seconds, and a busy machine may miss a timeout.
      HttpResponse<String> ready = get(node.baseUrl() + "/health/ready");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!ready.body().matches(".*\"loginAvailable\":\"?true.*")
          && System.nanoTime() < deadline) {
        Thread.sleep(1_000);
        ready = get(node.baseUrl() + "/health/ready");
      }
      assertEquals(200, ready.statusCode(), ready.body());
      JsonObject health = json(ready.body());
      assertEquals("UP", health.getString("status"));
      String checks = health.getJsonArray("checks").toString();
      assertTrue(checks.contains("\"name\":\"database\""), checks);
      assertTrue(checks.matches(".*\"loginAvailable\":\"?true.*"), checks);
      assertEquals(200, get(node.baseUrl() + "/health/live").statusCode());
    }
    HttpResponse<String> metrics = get(balancer + "/metrics");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("jvm_uptime") || metrics.body().contains("jvm.uptime"));
    for (String secret :
        List.of(
            dbUrl,
            "client-secret",
            "wegwijzer-web-demo-secret",
            "demo1:",
            "cluster-it-form-secret")) {
      assertFalse(metrics.body().contains(secret), "metrics show " + secret);
      assertFalse(get(balancer + "/health").body().contains(secret), "health shows " + secret);
    }
    // A caller without a session gets no cookie from the balancer (stickiness rides on a session).
    HttpResponse<String> page = get(balancer + "/api/regions");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().allValues("set-cookie").isEmpty(), page.headers().toString());
  }

  @Test
  @Order(2)
  void aMunicipalityMovedThroughOneNodeIsMovedOnTheOtherAtOnce() throws Exception {
    String nodeA = NODES.get("node1").baseUrl();
    String nodeB = NODES.get("node2").baseUrl();
    String lookup = "/api/coordinators?municipality=Zeewolde";
    // Node B reads Zeewolde first, so its shared cache holds the municipality in Flevoland.
    assertTrue(get(nodeB + lookup).body().contains("flevoland"), get(nodeB + lookup).body());

    // The move goes through the workflow on node A: editor A drafts it from today, editor B
    // approves it, and its publication changes the region at once.
    String path = "/redactie/gemeenteregio/zeewolde";
    ChromeDriver browser = Browser.open();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get(nodeA + path);
      logIn(browser, wait, "editor-a");
      wait.until(ExpectedConditions.urlContains(nodeA + path));
      choose(browser, "edit:f-region", "west-veluwe-vallei");
      date(browser, "edit:f-validFrom", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
      type(browser, "edit:f-source", "Test: regiovisie West-Veluwe Vallei");
      browser.findElement(By.id("edit:submit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    } finally {
      browser.quit();
    }
    ChromeDriver reviewer = Browser.open();
    try {
      WebDriverWait wait = new WebDriverWait(reviewer, Duration.ofSeconds(30));
      reviewer.get(nodeA + path);
      logIn(reviewer, wait, "editor-b");
      wait.until(ExpectedConditions.urlContains(nodeA + path));
      reviewer.findElement(By.id("review:approve")).click();
      String notice =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText();
      assertTrue(notice.contains("Goedgekeurd"), notice);
    } finally {
      reviewer.quit();
    }
    String seenOnB = get(nodeB + lookup).body();
    assertTrue(seenOnB.contains("west-veluwe-vallei"), "node B still answers: " + seenOnB);
    assertFalse(seenOnB.contains("\"flevoland\""), seenOnB);
  }

  private static void logIn(ChromeDriver browser, WebDriverWait wait, String user) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(Keycloak.PASSWORD);
    browser.findElement(By.cssSelector("[type=submit]")).click();
  }

  /**
   * Issue 19: every role's session walks the screen table at the same time, via the balancer. One
   * round on the cluster's two nodes (AuthorizationMatrixIT walks it six times on one node).
   */
  @Test
  @Order(3)
  void everyRoleGetsItsOwnAnswersWhileAllAskAtOnceThroughTheBalancer() throws Exception {
    assertEquals(List.of(), AuthorizationMatrixIT.wrongAnswersInParallel(balancer, 1));
  }

  /**
   * A coordinator disabled in /beheer on one node loses the session and the token on the other node
   * at their very next request: the register of access is shared, not kept per node.
   */
  @Test
  @Order(4)
  void aCoordinatorDisabledThroughOneNodeIsRefusedByTheOtherAtTheNextRequest() throws Exception {
    String node1 = NODES.get("node1").baseUrl();
    String node2 = NODES.get("node2").baseUrl();
    String name = RevocationIT.newCoordinator("zeeland");
    Keycloak.Session onNode2 = Keycloak.Session.loggedIn(node2, name, "/coordinatie");
    String token = Keycloak.token(name);
    assertEquals("200", onNode2.outcome(node2 + "/coordinatie/signalen"));
    assertEquals(200, get(node2 + "/api/signals", "Authorization", "Bearer " + token).statusCode());

    ChromeDriver browser = Browser.open();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      browser.get(node1 + "/beheer/gebruikers/" + name);
      logIn(browser, wait, "admin");
      wait.until(ExpectedConditions.elementToBeClickable(By.id("status:disable"))).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("status:confirm-disable"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    } finally {
      browser.quit();
    }

    assertEquals("login", onNode2.outcome(node2 + "/coordinatie/signalen"));
    assertEquals(401, get(node2 + "/api/signals", "Authorization", "Bearer " + token).statusCode());
  }

  /**
   * A role taken away directly in Keycloak's console (not through /beheer) is refused by both nodes
   * within the promised minute: the current rights are asked of Keycloak and shared through the
   * database, not kept per node. Node 2 is reached as "localhost" for a cookie of its own.
   */
  @Test
  @Order(5)
  void aRoleTakenAwayInKeycloakIsRefusedByBothNodesWithinAMinute() throws Exception {
    String node1 = NODES.get("node1").baseUrl();
    String node2 = NODES.get("node2").baseUrl().replace("127.0.0.1", "localhost");
    String name = RevocationIT.newCoordinator("zeeland");
    Keycloak.Session onNode1 = Keycloak.Session.loggedIn(node1, name, "/coordinatie");
    Keycloak.Session onNode2 = Keycloak.Session.loggedIn(node2, name, "/coordinatie");
    assertEquals("200", onNode1.outcome(node1 + "/coordinatie/signalen"));
    assertEquals("200", onNode2.outcome(node2 + "/coordinatie/signalen"));

    String id = RevocationIT.idOf(name);
    String role = RevocationIT.coordinatorRole(id + "/role-mappings/realm");
    assertEquals(
        204,
        Keycloak.admin("DELETE", "/users/" + id + "/role-mappings/realm", "[" + role + "]")
            .statusCode());
    RevocationIT.within(
        RevocationIT.PROMISED, "403", () -> onNode1.outcome(node1 + "/coordinatie/signalen"));
    RevocationIT.within(
        RevocationIT.PROMISED, "403", () -> onNode2.outcome(node2 + "/coordinatie/signalen"));
  }

  /**
   * Logging out on one node ends the same login's session on the other node too. The person reaches
   * node 2 as "localhost": a cookie is for a host, not a port, and under one host name the second
   * node's session cookie would replace the first's.
   */
  @Test
  @Order(6)
  void loggingOutOnOneNodeEndsTheSessionOnTheOther() {
    String node1 = NODES.get("node1").baseUrl();
    String node2 = NODES.get("node2").baseUrl().replace("127.0.0.1", "localhost");
    Keycloak.Session person = Keycloak.Session.loggedIn(node1, COORDINATOR, "/coordinatie");
    assertEquals("200", person.outcome(node2 + "/coordinatie"), "single sign-on on node 2");
    assertEquals(302, person.post(node1 + "/uitloggen", "").statusCode());
    assertEquals("login", person.outcome(node2 + "/coordinatie"));
    assertEquals("login", person.outcome(node1 + "/coordinatie"));
  }

  /**
   * One address's allowance on the public forms is counted once for the whole cluster: five signal
   * posts through one node use it up for the other node and for the balancer too; the feedback
   * form's limit per page likewise; and of ten posts sent at the same moment through both nodes,
   * exactly five pass. The addresses come in X-Forwarded-For, which the nodes believe from
   * loopback, as they do behind the balancer.
   */
  @Test
  @Order(7)
  void theAllowanceOfThePublicFormsIsSharedByTheNodes() throws Exception {
    String node1 = NODES.get("node1").baseUrl();
    String node2 = NODES.get("node2").baseUrl();
    String address = "203.0.113.10";
    for (int post = 1; post <= 5; post++) {
      assertEquals(400, postForm(node1, SIGNAL_POST, address, "wat=").statusCode(), "post " + post);
    }
    HttpResponse<String> sixth = postForm(node2, SIGNAL_POST, address, "wat=Via+de+tweede");
    assertEquals(429, sixth.statusCode(), "the sixth post, through the other node");
    assertTrue(sixth.body().contains("afgelopen uur"), sixth.body());
    assertTrue(sixth.body().contains("Via de tweede"), "the typed text is kept");
    long retryAfter = Long.parseLong(sixth.headers().firstValue("retry-after").orElseThrow());
    assertTrue(retryAfter > 0 && retryAfter <= 3_600, "Retry-After " + retryAfter);
    assertEquals(429, postForm(balancer, SIGNAL_POST, address, "wat=").statusCode());
    assertEquals(
        400, postForm(node2, SIGNAL_POST, "203.0.113.11", "wat=").statusCode(), "another address");

    String visitor = "203.0.113.12";
    for (int post = 1; post <= 5; post++) {
      HttpResponse<String> thanks = postForm(node2, "/feedback", visitor, "pagina=%2F&nuttig=ja");
      assertTrue(
          thanks.headers().firstValue("location").orElse("").contains("feedback=bedankt"),
          "feedback " + post + ": " + thanks.headers().map());
    }
    HttpResponse<String> tooOften = postForm(node1, "/feedback", visitor, "pagina=%2F&nuttig=ja");
    assertEquals(302, tooOften.statusCode());
    assertTrue(
        tooOften
            .headers()
            .firstValue("location")
            .orElse("")
            .endsWith("/?feedback=te-vaak#feedback"),
        tooOften.headers().map().toString());

    String together = "203.0.113.13";
    List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int post = 0; post < 10; post++) {
      sent.add(
          HTTP.sendAsync(
              formRequest(post % 2 == 0 ? node1 : node2, SIGNAL_POST, together, "wat="),
              HttpResponse.BodyHandlers.ofString()));
    }
    List<Integer> statuses = new ArrayList<>();
    for (var answer : sent) {
      statuses.add(answer.get(60, TimeUnit.SECONDS).statusCode());
    }
    assertEquals(5, statuses.stream().filter(status -> status == 400).count(), statuses.toString());
    assertEquals(5, statuses.stream().filter(status -> status == 429).count(), statuses.toString());
  }

  private static final String SIGNAL_POST = "/signaal-melden/verzenden";

  private static HttpRequest formRequest(String base, String path, String address, String body) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Forwarded-For", address)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static HttpResponse<String> postForm(
      String base, String path, String address, String body) throws Exception {
    return HTTP.send(formRequest(base, path, address, body), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(8)
  void whenTheNodeOfALoggedInCoordinatorIsKilledTheyCarryOnAndNoWriteIsLost() throws Exception {
    ChromeDriver browser = Browser.open();
    Registrations load = new Registrations(balancer, Keycloak.token(COORDINATOR));
    Thread client = new Thread(load, "registrations");
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      String form = balancer + "/coordinatie/signalen/nieuw";
      browser.get(form);
      logIn(browser, wait, COORDINATOR);
      wait.until(ExpectedConditions.urlContains(form));
      choose(browser, "signal:channel", "phone");
      choose(browser, "signal:reporterType", "labour-inspectorate");
      type(browser, "signal:reporterContact", "Inspecteur K. Bos, 0118-111111");
      press(browser, wait, "signal:next");
      type(browser, "signal:municipality", "Goes");
      press(browser, wait, "signal:save-draft");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
      String reference = browser.findElement(By.id("reference")).getText();
      assertTrue(reference.matches("WW-[0-9A-Z]{4}-[0-9A-Z]{4}"), reference);

      Cookie session = browser.manage().getCookieNamed("JSESSIONID");
      assertNotNull(session, "a logged-in coordinator has a session");
      String served = session.getValue().substring(0, session.getValue().indexOf('~'));
      assertTrue(NODES.containsKey(served), "the balancer names the node: " + session.getValue());

      client.start();
      load.awaitAcknowledged(20, Duration.ofSeconds(60));
      long killedAt = System.nanoTime();
      NODES.remove(served).kill();

      // The next page comes from the other node: the session there starts with Keycloak's single
      // sign-on, which needs no password, and lands back on the page asked for.
      browser.get(balancer + "/coordinatie");
      wait.until(ExpectedConditions.urlToBe(balancer + "/coordinatie"));
      long failoverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
      assertTrue(browser.findElements(By.id("password")).isEmpty(), "no password form");
      Cookie after = browser.manage().getCookieNamed("JSESSIONID");
      assertFalse(after.getValue().startsWith(served + "~"), after.getValue());
      WebElement draft =
          browser.findElement(
              By.cssSelector("#draft-list li[data-reference='" + reference + "'] a"));
      draft.click();
      wait.until(
          ExpectedConditions.urlContains("/coordinatie/signalen/" + reference + "/bewerken"));
      // the resumed draft opens at the step it was saved on: the place
      assertEquals("Goes", browser.findElement(By.id("signal:municipality")).getAttribute("value"));
      press(browser, wait, "signal:save-draft");
      assertTrue(
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")))
              .getText()
              .contains(reference));

      int before = load.acknowledged();
      load.awaitAcknowledged(before + 20, Duration.ofSeconds(60));
      load.stop();
      client.join(TimeUnit.SECONDS.toMillis(60));
      System.out.printf(
          "ClusterIT: browser back on the other node %d ms after the kill; %d signals"
              + " acknowledged, %d answers 502/503/504 or a broken connection were retried,"
              + " longest gap between two acknowledgements %d ms%n",
          failoverMillis, load.acknowledged(), load.retried(), load.longestGapMillis());
      assertEquals(null, load.failure(), "the client never gave up");
      assertEveryAcknowledgedSignalExistsOnce(load);
    } finally {
      load.stop();
      browser.quit();
    }
  }

  @Test
  @Order(9)
  void withoutItsDatabaseTheNodeIsNotReadyButAliveAndTheBalancerTakesItOut() throws Exception {
    PayaraProcess survivor = NODES.values().iterator().next();
    String adminUrl =
        RunningApp.setting(
            "WEGWIJZER_IT_DB_ADMIN_URL", "jdbc:postgresql://127.0.0.1:55433/postgres");
    try (Connection connection =
            DriverManager.getConnection(adminUrl, PayaraProcess.user(), PayaraProcess.password());
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("drop database wegwijzer_it_cluster with (force)");
    }
    HttpResponse<String> ready = get(survivor.baseUrl() + "/health/ready");
    assertEquals(503, ready.statusCode(), ready.body());
    assertTrue(ready.body().matches("(?s).*\"name\":\"database\",\"status\":\"DOWN\".*"));
    assertEquals(200, get(survivor.baseUrl() + "/health/live").statusCode());
    // The balancer's check finds the node not ready and takes it out; then no node is left.
    Path haproxyLog =
        Path.of(System.getProperty("wegwijzer.it.workdir", "target/it")).resolve("haproxy.log");
    String name = NODES.entrySet().iterator().next().getKey();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline
        && !Files.readString(haproxyLog).contains("Server nodes/" + name + " is DOWN")) {
      Thread.sleep(200);
    }
    assertTrue(Files.readString(haproxyLog).contains("Server nodes/" + name + " is DOWN"));
    List<String> seen = new ArrayList<>();
    int status = 0;
    for (int attempt = 0; attempt < 10 && status != 503; attempt++) {
      try {
        status =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(balancer + "/api/regions"))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        seen.add(String.valueOf(status));
      } catch (IOException failed) {
        seen.add(failed.toString());
      }
    }
    assertEquals(503, status, "no node is ready, the balancer says so: " + seen);
  }

  /** Every acknowledged signal is in the database once, and nothing else was registered. */
  private static void assertEveryAcknowledgedSignalExistsOnce(Registrations load) throws Exception {
    try (Connection connection =
            DriverManager.getConnection(dbUrl, PayaraProcess.user(), PayaraProcess.password());
        PreparedStatement query =
            connection.prepareStatement(
                "select intake_date, count(*) from casework.signal"
                    + " where intake_date >= ? and intake_date < ? group by intake_date")) {
      query.setObject(1, FIRST_LOAD_DAY);
      query.setObject(2, FIRST_LOAD_DAY.plusYears(20));
      Map<LocalDate, Integer> stored = new java.util.HashMap<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          stored.put(rows.getObject(1, LocalDate.class), rows.getInt(2));
        }
      }
      for (LocalDate day : load.acknowledgedDays()) {
        assertEquals(1, stored.getOrDefault(day, 0), "signal of " + day);
      }
      assertEquals(load.acknowledged(), stored.size(), "no signal that was not acknowledged");
    }
  }

  /**
   * A client registering signals through the balancer one after the other, each with its own intake
   * date as a mark. An answer that may have come after a commit (502, 504, a broken connection) is
   * followed by a look-up of that mark before sending again, as a careful client does, so a retry
   * never registers a signal twice; 503 (no node ready) is simply sent again.
   */
  private static final class Registrations implements Runnable {
    private static final String TEMPLATE =
        """
        {"intakeDate": "%s", "channel": "phone", "reporterType": "police",
         "municipality": "Middelburg", "forms": ["labour"], "sector": "agriculture",
         "indicators": ["geen-eigen-id"], "account": "Registratie onder belasting.",
         "pseudonym": "Belasting %d", "birthYear": %d, "gender": "female",
         "nationality": "RO", "languages": ["ro"], "interpreterNeeded": false,
         "residenceStatus": "eu-citizen", "consent": "given", "consentSignedBy": "person"}
        """;

    private final String balancer;
    private final String token;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<LocalDate> acknowledgedDays =
        new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicLong longestGap = new AtomicLong();
    private volatile Throwable failure;

    Registrations(String balancer, String token) {
      this.balancer = balancer;
      this.token = token;
    }

    @Override
    public void run() {
      long lastAcknowledged = System.nanoTime();
      try {
        for (int n = 0; running.get(); n++) {
          LocalDate day = FIRST_LOAD_DAY.plusDays(n);
          register(day, n);
          acknowledgedDays.add(day);
          long now = System.nanoTime();
          longestGap.accumulateAndGet(
              TimeUnit.NANOSECONDS.toMillis(now - lastAcknowledged), Math::max);
          lastAcknowledged = now;
        }
      } catch (Throwable failed) {
        failure = failed;
      }
    }

    private void register(LocalDate day, int n) throws Exception {
      for (int attempt = 0; attempt < 100; attempt++) {
        int status;
        String body = "";
        try {
          HttpResponse<String> answer =
              HTTP.send(
                  HttpRequest.newBuilder(URI.create(balancer + "/api/signals"))
                      .timeout(Duration.ofSeconds(20))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              TEMPLATE.formatted(day, n, 1930 + n % 50)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          status = answer.statusCode();
          body = answer.body();
        } catch (IOException broken) {
          status = -1;
        }
        if (status == 201) {
          return;
        }
        if (status != 502 && status != 503 && status != 504 && status != -1) {
          throw new IllegalStateException("registration answered " + status + ": " + body);
        }
        retried.incrementAndGet();
        Thread.sleep(100);
        if (status != 503 && registered(day)) {
          return;
        }
      }
      throw new IllegalStateException("registration of " + day + " never succeeded");
    }

    /** Whether a signal with this intake date exists (asked until an answer comes). */
    private boolean registered(LocalDate day) throws Exception {
      for (int attempt = 0; attempt < 100; attempt++) {
        try {
          HttpResponse<String> answer =
              HTTP.send(
                  HttpRequest.newBuilder(
                          URI.create(
                              balancer
                                  + "/api/signals?from="
                                  + day
                                  + "&until="
                                  + day
                                  + "&purpose=retry-check"))
                      .timeout(Duration.ofSeconds(20))
                      .header("Authorization", "Bearer " + token)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 200) {
            return json(answer.body()).getJsonNumber("totalItems").longValue() > 0;
          }
        } catch (IOException broken) {
          // the balancer is moving to the other node: ask again
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException("no answer to the look-up of " + day);
    }

    void awaitAcknowledged(int count, Duration limit) throws InterruptedException {
      long deadline = System.nanoTime() + limit.toNanos();
      while (acknowledgedDays.size() < count && System.nanoTime() < deadline && failure == null) {
        Thread.sleep(50);
      }
      assertTrue(
          acknowledgedDays.size() >= count,
          "only " + acknowledgedDays.size() + " registrations, failure: " + failure);
    }

    void stop() {
      running.set(false);
    }

    int acknowledged() {
      return acknowledgedDays.size();
    }

    List<LocalDate> acknowledgedDays() {
      return new ArrayList<>(acknowledgedDays);
    }

    int retried() {
      return retried.get();
    }

    long longestGapMillis() {
      return longestGap.get();
    }

    Throwable failure() {
      return failure;
    }
  }
}
