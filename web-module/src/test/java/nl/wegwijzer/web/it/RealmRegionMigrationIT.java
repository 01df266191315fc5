package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * {@code deploy/wegwijzer migrate-realm-regions} against the tests' Keycloak, on a realm of its own
 * that is still on the 25 safety regions: the demo realm's user profile allowing only the old
 * codes, one coordinator per old region, one with several and one with all of them, and an editor
 * without regions. The database is migrated as at start-up; which municipalities each old code held
 * is read from the same database at directory V8.2, before V10 moved them, so the check does not
 * trust the table the command reads.
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(Lanes.OWN_SERVERS_FIRST)
@ResourceLock(Lanes.OWN_REALM)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealmRegionMigrationIT {

  private static final String DATABASE = "wegwijzer_realm_regions";
  private static final String DB_URL =
      TestDatabase.URL.replaceFirst("/[^/?]+(\\?.*)?$", "/" + DATABASE);
  private static final String REALM = "wegwijzer-regions-it";
  private static final String BASE = Keycloak.REALM.replaceFirst("/realms/.*$", "");

  /** Old code → municipalities (CBS codes) it held on the old model. */
  private static final Map<String, Set<String>> oldRegions = new TreeMap<>();

  /** New code → municipalities it holds after V10. */
  private static final Map<String, Set<String>> newRegions = new TreeMap<>();

  /** User → the old codes the realm gives them. */
  private static final Map<String, List<String>> usersBefore = new TreeMap<>();

  @BeforeAll
  static void anOldRealmAndAMigratedDatabase() throws Exception {
    TestDatabase.execute(
        "drop database if exists " + DATABASE + " with (force)", "create database " + DATABASE);
    migrate("8.2");
    municipalitiesByRegion(oldRegions);
    migrate(null);
    municipalitiesByRegion(newRegions);
    for (String code : oldRegions.keySet()) {
      usersBefore.put("coordinator-" + code, List.of(code));
    }
    List<String> codes = new ArrayList<>(oldRegions.keySet());
    usersBefore.put("coordinator-several", List.of(codes.get(0), codes.get(7), codes.get(20)));
    usersBefore.put("coordinator-all", codes);
    Keycloak.awaitReady();
    admin("DELETE", "/admin/realms/" + REALM, null);
    HttpResponse<String> created = admin("POST", "/admin/realms", oldRealm().toString());
    assertEquals(201, created.statusCode(), created.body());
  }

  @AfterAll
  static void dropTheRealm() {
    admin("DELETE", "/admin/realms/" + REALM, null);
  }

  @Test
  @Order(1)
  void aDryRunReportsEveryMoveAndChangesNothing() throws Exception {
    String report = migrateRealmRegions("--dry-run");

    assertTrue(report.contains("dry run: "), report);
    for (Map.Entry<String, List<String>> user : usersBefore.entrySet()) {
      assertTrue(
          report.contains(user.getKey() + ": " + String.join(",", user.getValue()) + " -> "),
          user.getKey() + " is missing from the report:\n" + report);
    }
    assertEquals(usersBefore, regionsOfUsers());
    assertEquals(new TreeSet<>(oldRegions.keySet()), new TreeSet<>(allowedCodes()));
  }

  @Test
  @Order(2)
  void everyUserHoldsOnlyNewCodesAndKeepsEveryMunicipalityTheyServed() throws Exception {
    String report = migrateRealmRegions();

    Map<String, List<String>> after = regionsOfUsers();
    assertEquals(usersBefore.keySet(), after.keySet(), "users with regions");
    for (Map.Entry<String, List<String>> user : usersBefore.entrySet()) {
      Set<String> served = new TreeSet<>();
      user.getValue().forEach(code -> served.addAll(oldRegions.get(code)));
      List<String> now = after.get(user.getKey());
      Set<String> covered = new TreeSet<>();
      for (String code : now) {
        assertTrue(newRegions.containsKey(code), user.getKey() + " holds " + code);
        covered.addAll(newRegions.get(code));
      }
      assertTrue(
          covered.containsAll(served),
          user.getKey() + " lost municipalities: " + difference(served, covered));
      // and no region beyond those that received a municipality they served
      Set<String> needed = new TreeSet<>();
      newRegions.forEach(
          (code, held) -> {
            if (held.stream().anyMatch(served::contains)) {
              needed.add(code);
            }
          });
      assertEquals(needed, new TreeSet<>(now), user.getKey());
      assertTrue(
          report.contains(
              user.getKey()
                  + ": "
                  + String.join(",", user.getValue())
                  + " -> "
                  + String.join(",", now)
                  + " (municipalities served: "
                  + served.size()
                  + ", kept: "
                  + served.size()
                  + ")"),
          user.getKey() + "'s new codes are not in the report:\n" + report);
    }
    assertEquals(newRegions.keySet(), new TreeSet<>(allowedCodes()));
    assertFalse(regionsOfUsers().containsKey("editor"));
  }

  @Test
  @Order(3)
  void aSecondRunFindsNothingToDo() throws Exception {
    Map<String, List<String>> before = regionsOfUsers();

    String report = migrateRealmRegions();

    assertTrue(report.contains("nothing to do"), report);
    assertEquals(before, regionsOfUsers());
    assertEquals(newRegions.keySet(), new TreeSet<>(allowedCodes()));
  }

  /** The demo realm's user profile with the old codes as the allowed regions, and the users. */
  private static JsonObject oldRealm() throws IOException {
    JsonObject demo;
    try (var reader =
        Json.createReader(
            new StringReader(
                Files.readString(
                    Path.of(
                        System.getProperty(
                            "wegwijzer.it.realm", "../deploy/keycloak/wegwijzer-realm.json")))))) {
      demo = reader.readObject();
    }
    JsonObject provider =
        demo.getJsonObject("components")
            .getJsonArray("org.keycloak.userprofile.UserProfileProvider")
            .getJsonObject(0);
    String profile =
        provider
            .getJsonObject("config")
            .getJsonArray("kc.user.profile.config")
            .getString(0)
            .replaceFirst(
                "\"options\":\\{\"options\":\\[[^\\]]*\\]",
                "\"options\":{\"options\":" + Json.createArrayBuilder(oldRegions.keySet()).build());
    JsonArrayBuilder users = Json.createArrayBuilder();
    usersBefore.forEach(
        (name, codes) ->
            users.add(
                Json.createObjectBuilder()
                    .add("username", name)
                    .add("enabled", true)
                    .add("realmRoles", Json.createArrayBuilder().add("coordinator"))
                    .add(
                        "attributes",
                        Json.createObjectBuilder()
                            .add("regions", Json.createArrayBuilder(codes)))));
    users.add(
        Json.createObjectBuilder()
            .add("username", "editor")
            .add("enabled", true)
            .add("realmRoles", Json.createArrayBuilder().add("editor")));
    return Json.createObjectBuilder()
        .add("realm", REALM)
        .add("enabled", true)
        .add(
            "roles",
            Json.createObjectBuilder()
                .add(
                    "realm",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "coordinator"))
                        .add(Json.createObjectBuilder().add("name", "editor"))))
        .add("users", users)
        .add(
            "components",
            Json.createObjectBuilder()
                .add(
                    "org.keycloak.userprofile.UserProfileProvider",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("providerId", "declarative-user-profile")
                                .add("subComponents", Json.createObjectBuilder())
                                .add(
                                    "config",
                                    Json.createObjectBuilder()
                                        .add(
                                            "kc.user.profile.config",
                                            Json.createArrayBuilder().add(profile))))))
        .build();
  }

  /** Runs the launcher's subcommand as an operator would, with the app's settings. */
  private static String migrateRealmRegions(String... options) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of("..", "deploy", "wegwijzer").toString());
    command.add("migrate-realm-regions");
    command.addAll(List.of(options));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("WEGWIJZER_DB_URL", DB_URL);
    env.put("WEGWIJZER_DB_USER", TestDatabase.USER);
    env.put("WEGWIJZER_DB_PASSWORD", TestDatabase.PASSWORD);
    env.put("WEGWIJZER_OIDC_PROVIDER_URI", BASE + "/realms/" + REALM);
    env.put("WEGWIJZER_REALM_ADMIN_USER", adminUser());
    env.put("WEGWIJZER_REALM_ADMIN_PASSWORD", adminPassword());
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(3, TimeUnit.MINUTES), "still running:\n" + output);
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  /** User → regions, for every user of the realm that has any. */
  private static Map<String, List<String>> regionsOfUsers() {
    Map<String, List<String>> users = new TreeMap<>();
    HttpResponse<String> answer =
        admin("GET", "/admin/realms/" + REALM + "/users?briefRepresentation=false&max=500", null);
    assertEquals(200, answer.statusCode(), answer.body());
    for (JsonObject user : read(answer.body()).asJsonArray().getValuesAs(JsonObject.class)) {
      JsonObject attributes = user.getJsonObject("attributes");
      if (attributes != null && attributes.containsKey("regions")) {
        users.put(
            user.getString("username"),
            attributes.getJsonArray("regions").getValuesAs(JsonString::getString).stream()
                .sorted()
                .toList());
      }
    }
    return users;
  }

  private static List<String> allowedCodes() {
    HttpResponse<String> answer = admin("GET", "/admin/realms/" + REALM + "/users/profile", null);
    assertEquals(200, answer.statusCode(), answer.body());
    for (JsonObject attribute :
        read(answer.body())
            .asJsonObject()
            .getJsonArray("attributes")
            .getValuesAs(JsonObject.class)) {
      if (attribute.getString("name").equals("regions")) {
        JsonArray options =
            attribute.getJsonObject("validations").getJsonObject("options").getJsonArray("options");
        return options.getValuesAs(JsonString::getString);
      }
    }
    throw new AssertionError("no attribute regions in the user profile");
  }

  private static void municipalitiesByRegion(Map<String, Set<String>> into) throws SQLException {
    try (Connection db =
            DriverManager.getConnection(DB_URL, TestDatabase.USER, TestDatabase.PASSWORD);
        Statement sql = db.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select r.code, m.cbs_code from directory.municipality m"
                    + " join directory.region r on r.id = m.region_id")) {
      while (rows.next()) {
        into.computeIfAbsent(rows.getString(1), code -> new TreeSet<>()).add(rows.getString(2));
      }
    }
  }

  private static void migrate(String target) {
    var flyway =
        Flyway.configure()
            .dataSource(DB_URL, TestDatabase.USER, TestDatabase.PASSWORD)
            .schemas("directory")
            .locations("classpath:db/migration/directory");
    if (target != null) {
      flyway.target(target);
    }
    flyway.load().migrate();
  }

  private static Set<String> difference(Set<String> all, Set<String> some) {
    Set<String> missing = new TreeSet<>(all);
    missing.removeAll(some);
    return missing;
  }

  /** The bootstrap administrator that {@code deploy/wegwijzer test} gives its Keycloak. */
  private static String adminUser() {
    return RunningApp.setting("KC_BOOTSTRAP_ADMIN_USERNAME", "kc-admin");
  }

  private static String adminPassword() {
    return RunningApp.setting("KC_BOOTSTRAP_ADMIN_PASSWORD", "kc-admin-demo");
  }

  /** A call on Keycloak's admin REST API as the master realm's administrator. */
  private static HttpResponse<String> admin(String method, String path, String json) {
    HttpClient client = HttpClient.newHttpClient();
    try {
      HttpResponse<String> tokenAnswer =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(BASE + "/realms/master/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "grant_type=password&client_id=admin-cli&username="
                              + URLEncoder.encode(adminUser(), StandardCharsets.UTF_8)
                              + "&password="
                              + URLEncoder.encode(adminPassword(), StandardCharsets.UTF_8)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String token = read(tokenAnswer.body()).asJsonObject().getString("access_token");
      return Keycloak.withToken(token, method, BASE + path, json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static jakarta.json.JsonValue read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}
