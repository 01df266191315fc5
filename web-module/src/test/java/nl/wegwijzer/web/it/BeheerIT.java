package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator manages a user in /beheer through the real Keycloak: creates it, gives it the
 * coordinator role and a region, disables it, and reads all of that back in the audit trail.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("BeheerIT")
@Order(Lanes.AFTER_THE_READERS)
class BeheerIT extends BrowserTest {

  private static final String TEMPORARY_PASSWORD = "Tijdelijk-wachtwoord-2026";

  private void logInAsAdmin(String path) {
    open(path);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys(Keycloak.PASSWORD);
    browser.findElement(By.cssSelector("[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains(RunningApp.baseUrl() + path));
  }

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private String notice() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText();
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static JsonArray jsonArray(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readArray();
    }
  }

  private static JsonObject keycloakUser(String userName) {
    JsonArray found = jsonArray(Keycloak.admin("/users?exact=true&username=" + userName));
    assertEquals(1, found.size(), "one user " + userName);
    return found.getJsonObject(0);
  }

  private static List<String> strings(JsonArray values) {
    return values.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static List<String> realmRoles(String id) {
    return jsonArray(Keycloak.admin("/users/" + id + "/role-mappings/realm")).stream()
        .map(JsonValue::asJsonObject)
        .map(r -> r.getString("name"))
        .toList();
  }

  private static List<String> regions(JsonObject user) {
    JsonObject attributes = user.getJsonObject("attributes");
    return attributes == null || !attributes.containsKey("regions")
        ? List.of()
        : strings(attributes.getJsonArray("regions"));
  }

  /** Creates a user through the form and stays on its page; answers the user name. */
  private String createUser(String prefix) {
    String name = prefix + "-" + Long.toString(System.nanoTime(), 36);
    open("/beheer/gebruikers/nieuw");
    type("new-user:userName", name);
    type("new-user:firstName", "Test");
    type("new-user:lastName", "Coördinator");
    type("new-user:email", name + "@wegwijzer.example");
    type("new-user:password", TEMPORARY_PASSWORD);
    browser.findElement(By.id("new-user:create")).click();
    wait.until(ExpectedConditions.urlContains("/beheer/gebruikers/" + name));
    return name;
  }

  private void check(String form, String field, String value) {
    browser
        .findElement(
            By.cssSelector("input[name='" + form + ":" + field + "'][value='" + value + "']"))
        .click();
  }

  /** Logs out and logs in again as another administrator, on the given page. */
  private void switchTo(String administrator, String path) {
    open("/beheer");
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.urlMatches(".*:\\d+/$"));
    open(path);
    logInAs(administrator);
    wait.until(ExpectedConditions.urlContains(RunningApp.baseUrl() + path));
  }

  /** The CSS selector of an open proposal's row on /beheer/voorstellen. */
  private static String proposal(String user, String kind, String value) {
    return "tr.proposal[data-user='"
        + user
        + "'][data-kind='"
        + kind
        + "'][data-value='"
        + value
        + "']";
  }

  /** Clicks a button in a proposal's row (its id ends in the name) and waits for the answer. */
  private void inRow(String row, String button) {
    submit(By.cssSelector(row + " input[id$=':" + button + "']"));
  }

  private List<String> trailActions(String user) {
    open("/beheer/logboek?voor=" + user);
    return browser.findElements(By.cssSelector("#audit tr.audit-line")).stream()
        .map(row -> row.getAttribute("data-action"))
        .toList();
  }

  @Test
  void aCoordinatorRoleAndARegionTakeEffectOnlyWhenASecondAdministratorApproves() {
    logInAsAdmin("/beheer/gebruikers/nieuw");
    String name = createUser("coord");
    assertTrue(browser.findElement(By.id("created")).isDisplayed());
    assertTrue(
        browser.findElement(By.id("user-status")).getText().contains("nieuw wachtwoord"),
        browser.findElement(By.id("user-status")).getText());

    check("roles", "role", "editor");
    check("roles", "role", "coordinator");
    submit(By.id("roles:save-roles"));
    assertTrue(notice().contains("andere beheerder"), notice());
    assertTrue(
        browser
            .findElement(By.cssSelector("input[name='roles:role'][value='editor']"))
            .isSelected(),
        "editor is given at once");
    assertTrue(
        !browser
            .findElement(By.cssSelector("input[name='roles:role'][value='coordinator']"))
            .isSelected(),
        "coordinator waits");
    check("roles", "role", "editor");
    submit(By.id("roles:save-roles"));
    assertTrue(notice().contains("rollen"), notice());

    check("regions", "region", "zeeland");
    submit(By.id("regions:save-regions"));
    assertTrue(notice().contains("andere beheerder"), notice());
    String pending = browser.findElement(By.id("user-proposals")).getText();
    assertTrue(pending.contains("Zorgcoördinator") && pending.contains("zeeland"), pending);
    assertTrue(pending.contains("wacht op goedkeuring door een andere beheerder"), pending);

    JsonObject user = keycloakUser(name);
    String id = user.getString("id");
    assertTrue(!realmRoles(id).contains("coordinator"), realmRoles(id).toString());
    assertEquals(List.of(), regions(user), "nothing in Keycloak before the approval");

    open("/beheer/voorstellen");
    assertTrue(
        browser.findElement(By.id("nav-proposals")).getText().matches(".*\\([1-9][0-9]*\\).*"),
        browser.findElement(By.id("nav-proposals")).getText());
    WebElement own = browser.findElement(By.cssSelector(proposal(name, "role", "coordinator")));
    assertTrue(own.getText().contains("wacht op een andere beheerder"), own.getText());
    assertEquals(
        0,
        own.findElements(By.cssSelector("input[id$=':approve']")).size(),
        "not for the proposer");

    switchTo("admin-b", "/beheer/voorstellen");
    inRow(proposal(name, "role", "coordinator"), "approve");
    assertTrue(
        browser.findElement(By.id("confirm-approve")).getText().contains(name),
        browser.findElement(By.id("confirm-approve")).getText());
    inRow(proposal(name, "role", "coordinator"), "confirm-approve-yes");
    assertTrue(notice().contains("goedgekeurd"), notice());
    inRow(proposal(name, "region", "zeeland"), "approve");
    inRow(proposal(name, "region", "zeeland"), "confirm-approve-yes");
    assertTrue(notice().contains("goedgekeurd"), notice());
    assertEquals(
        0, browser.findElements(By.cssSelector(proposal(name, "role", "coordinator"))).size());

    user = keycloakUser(name);
    assertEquals(List.of("zeeland"), regions(user));
    assertTrue(realmRoles(id).contains("coordinator"), realmRoles(id).toString());
    assertTrue(!realmRoles(id).contains("editor"), realmRoles(id).toString());
    assertTrue(strings(user.getJsonArray("requiredActions")).contains("UPDATE_PASSWORD"));

    open("/beheer/gebruikers/" + name);
    submit(By.id("status:disable"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
    submit(By.id("status:confirm-disable"));
    assertTrue(notice().contains("uitgeschakeld"), notice());
    assertEquals(false, json(Keycloak.admin("/users/" + id)).getBoolean("enabled"));

    open("/beheer/gebruikers?q=" + name);
    assertTrue(browser.findElement(By.id("users")).getText().contains(name));
    assertTrue(browser.findElement(By.id("users")).getText().contains("Uitgeschakeld"));

    assertEquals(
        List.of(
            "user-disabled",
            "grant-approved",
            "grant-approved",
            "grant-proposed",
            "role-revoked",
            "grant-proposed",
            "role-assigned",
            "user-created"),
        trailActions(name));
    String trail = browser.findElement(By.id("audit")).getText();
    assertTrue(trail.contains("admin-b"), trail);
    assertTrue(trail.contains("role coordinator; proposed by admin"), trail);
    assertTrue(trail.contains("Voorstel goedgekeurd"), trail);

    open("/beheer/logboek?voor=" + name + "&wat=grant-approved&door=admin-b");
    assertEquals(2, browser.findElements(By.cssSelector("#audit tr.audit-line")).size());
  }

  @Test
  void aProposalCanBeWithdrawnByItsProposerAndRefusedByAnotherAdministrator() {
    logInAsAdmin("/beheer/gebruikers/nieuw");
    String name = createUser("beheer");
    check("roles", "role", "admin");
    submit(By.id("roles:save-roles"));
    assertTrue(notice().contains("andere beheerder"), notice());
    check("regions", "region", "utrecht");
    submit(By.id("regions:save-regions"));
    submit(By.cssSelector("#user-proposals li.proposal[data-value='utrecht'] input"));
    assertTrue(notice().contains("ingetrokken"), notice());
    assertEquals(
        0,
        browser
            .findElements(By.cssSelector("#user-proposals li.proposal[data-value='utrecht']"))
            .size());

    switchTo("admin-b", "/beheer/voorstellen");
    inRow(proposal(name, "role", "admin"), "refuse");
    type(
        browser.findElement(By.cssSelector("#confirm-refuse textarea")).getAttribute("id"),
        "Geen beheerder nodig");
    inRow(proposal(name, "role", "admin"), "confirm-refuse-yes");
    assertTrue(notice().contains("geweigerd"), notice());
    assertEquals(0, browser.findElements(By.cssSelector(proposal(name, "role", "admin"))).size());
    String id = keycloakUser(name).getString("id");
    assertTrue(!realmRoles(id).contains("admin"), realmRoles(id).toString());

    assertEquals(
        List.of(
            "grant-refused", "grant-withdrawn", "grant-proposed", "grant-proposed", "user-created"),
        trailActions(name));
    String trail = browser.findElement(By.id("audit")).getText();
    assertTrue(trail.contains("Geen beheerder nodig"), trail);
    assertTrue(trail.contains("Voorstel ingetrokken"), trail);
  }

  @Test
  void anAdministratorCannotChangeTheirOwnRoles() {
    logInAsAdmin("/beheer/gebruikers/admin");
    check("roles", "role", "editor");
    submit(By.id("roles:save-roles"));
    String problem =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem"))).getText();
    assertTrue(problem.contains("eigen rollen"), problem);
    assertEquals(
        List.of("admin"),
        realmRoles(keycloakUser("admin").getString("id")).stream()
            .filter(r -> List.of("editor", "coordinator", "admin").contains(r))
            .toList());
  }

  @Test
  void theListShowsRolesRegionsStateAndLastLogin() {
    logInAsAdmin("/beheer/gebruikers?q=coordinator-zeeland");
    WebElement coordinator =
        browser.findElement(By.cssSelector("tr.user-row[data-user='coordinator-zeeland']"));
    assertEquals("Zorgcoördinator", coordinator.findElement(By.className("roles")).getText());
    assertEquals("zeeland", coordinator.findElement(By.className("regions")).getText());
    assertEquals("Actief", coordinator.findElement(By.className("status")).getText());

    open("/beheer/gebruikers?q=admin");
    WebElement admin = browser.findElement(By.cssSelector("tr.user-row[data-user='admin']"));
    String lastLogin = admin.findElement(By.className("last-login")).getText();
    assertTrue(lastLogin.matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d"), lastLogin);
    assertEquals("Beheerder", admin.findElement(By.className("roles")).getText());

    open("/beheer/logboek?van=gisteren");
    String refused =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("failures"))).getText();
    assertTrue(refused.contains("Vul de begindatum in als dag-maand-jaar"), refused);
    assertTrue(browser.findElements(By.id("audit-count")).isEmpty(), "no trail for a wrong date");
  }

  @Test
  void anAdministratorChangesNameAndEmailAfterTheyAreChecked() {
    logInAsAdmin("/beheer/gebruikers/nieuw");
    String name = createUser("naam");
    type("details:firstName", "Nina");
    // the browser lets this through (type=email), the service does not: no dot in the domain
    type("details:email", "nina@voorbeeld");
    submit(By.id("details:save-details"));
    String problem =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem"))).getText();
    assertTrue(problem.contains("geldig e-mailadres"), problem);
    assertEquals("true", browser.findElement(By.id("details:email")).getAttribute("aria-invalid"));
    assertEquals(
        "nina@voorbeeld",
        browser.findElement(By.id("details:email")).getAttribute("value"),
        "what was typed stays beside the message");
    assertEquals("Test", keycloakUser(name).getString("firstName"));
    // A region given in Keycloak itself, behind the screen's back: the change below must keep it.
    JsonObject created = keycloakUser(name);
    JsonObject withRegion =
        Json.createObjectBuilder(created)
            .add(
                "attributes",
                Json.createObjectBuilder().add("regions", Json.createArrayBuilder().add("zeeland")))
            .build();
    assertEquals(
        204,
        Keycloak.admin("PUT", "/users/" + created.getString("id"), withRegion.toString())
            .statusCode());

    type("details:firstName", "Nina");
    type("details:email", "nina-" + name + "@wegwijzer.example");
    submit(By.id("details:save-details"));
    assertTrue(notice().contains("gegevens"), notice());
    JsonObject user = keycloakUser(name);
    assertEquals("Nina", user.getString("firstName"));
    assertEquals("nina-" + name + "@wegwijzer.example", user.getString("email"));
    // The rest of the user went back as it was: attributes, required actions, the other fields.
    assertEquals(List.of("zeeland"), regions(user));
    assertEquals("Coördinator", user.getString("lastName"));
    assertTrue(strings(user.getJsonArray("requiredActions")).contains("UPDATE_PASSWORD"));
    assertTrue(user.getBoolean("emailVerified"));
    assertTrue(user.getBoolean("enabled"));
    assertEquals(List.of("user-updated", "user-created"), trailActions(name));
  }

  @Test
  void aUserLockedAfterWrongPasswordsIsUnlocked() {
    logInAsAdmin("/beheer/gebruikers/nieuw");
    String name = createUser("slot");
    String id = keycloakUser(name).getString("id");
    for (int attempt = 0; attempt < 5; attempt++) {
      Keycloak.passwordGrant(name, "Verkeerd-wachtwoord-" + attempt);
    }
    assertTrue(
        json(Keycloak.admin("/attack-detection/brute-force/users/" + id)).getBoolean("disabled"));

    open("/beheer/gebruikers?q=" + name);
    assertTrue(
        browser
            .findElement(By.cssSelector("tr.user-row .status"))
            .getText()
            .contains("geblokkeerd"));
    open("/beheer/gebruikers/" + name);
    assertTrue(browser.findElement(By.id("user-locked")).getText().startsWith("Ja"));
    submit(By.id("status:unlock"));
    assertTrue(notice().contains("opgeheven"), notice());
    assertEquals("Nee", browser.findElement(By.id("user-locked")).getText());
    assertEquals(
        false,
        json(Keycloak.admin("/attack-detection/brute-force/users/" + id)).getBoolean("disabled"));
    assertEquals(List.of("user-unlocked", "user-created"), trailActions(name));
  }

  @Test
  void aTemporaryPasswordIsShownOnceAndMustBeChangedAtTheNextLogin() {
    logInAsAdmin("/beheer/gebruikers/nieuw");
    String name = createUser("wachtwoord");
    submit(By.id("password:reset"));
    assertTrue(browser.findElement(By.id("confirm-reset")).getText().contains(name));
    submit(By.id("password:confirm-reset-yes"));
    assertTrue(notice().contains("tijdelijke wachtwoord"), notice());
    String password = browser.findElement(By.id("new-password-value")).getText();
    assertTrue(password.matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}"), password);

    // the right password, and Keycloak asks for a new one before anything else
    assertEquals(
        "Account is not fully set up",
        Keycloak.passwordGrant(name, password).getString("error_description", ""));
    assertEquals(
        "Invalid user credentials",
        Keycloak.passwordGrant(name, TEMPORARY_PASSWORD).getString("error_description", ""));
    assertTrue(
        strings(keycloakUser(name).getJsonArray("requiredActions")).contains("UPDATE_PASSWORD"));

    open("/beheer/gebruikers/" + name);
    assertEquals(0, browser.findElements(By.id("new-password")).size(), "shown once");
    assertEquals(List.of("password-reset", "user-created"), trailActions(name));
    assertTrue(!browser.findElement(By.id("audit")).getText().contains(password));
  }

  @Test
  void anAdministratorCannotDisableTheirOwnAccount() {
    logInAsAdmin("/beheer/gebruikers/admin");
    submit(By.id("status:disable"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
    submit(By.id("status:confirm-disable"));
    String problem =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem"))).getText();
    assertTrue(problem.contains("eigen account"), problem);
    assertEquals(
        true,
        json(Keycloak.admin("/users/" + keycloakUser("admin").getString("id")))
            .getBoolean("enabled"));
  }

  @Test
  void theCreateFormExplainsWhatIsWrong() {
    logInAsAdmin("/beheer/gebruikers/nieuw");
    type("new-user:userName", "editor-a");
    type("new-user:firstName", "Dubbel");
    type("new-user:lastName", "Account");
    type("new-user:email", "dubbel-" + Long.toString(System.nanoTime(), 36) + "@wegwijzer.example");
    type("new-user:password", TEMPORARY_PASSWORD);
    browser.findElement(By.id("new-user:create")).click();
    String problem =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem"))).getText();
    assertTrue(problem.contains("bestaat al"), problem);

    type("new-user:userName", "nieuwe-" + Long.toString(System.nanoTime(), 36));
    type("new-user:password", "kort");
    WebElement earlierProblem = browser.findElement(By.id("problem"));
    browser.findElement(By.id("new-user:create")).click();
    // the page still shows the first problem until the answer replaces it
    wait.until(Browser.replaced(earlierProblem));
    problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem"))).getText();
    assertTrue(problem.contains("12 tekens"), problem);
    assertEquals(
        "true", browser.findElement(By.id("new-user:password")).getAttribute("aria-invalid"));
  }
}
