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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator manages a user in /beheer through the real Keycloak: creates it, gives it the
 * coordinator role and a region, disables it, and reads all of that back in the audit trail.
 */
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

  @Test
  void anAdministratorCreatesACoordinatorGivesRoleAndRegionDisablesItAndReadsTheTrail() {
    String name = "coord-" + Long.toString(System.nanoTime(), 36);
    logInAsAdmin("/beheer/gebruikers/nieuw");

    type("new-user:userName", name);
    type("new-user:firstName", "Test");
    type("new-user:lastName", "Coördinator");
    type("new-user:email", name + "@wegwijzer.example");
    type("new-user:password", TEMPORARY_PASSWORD);
    browser.findElement(By.id("new-user:create")).click();
    wait.until(ExpectedConditions.urlContains("/beheer/gebruikers/" + name));
    assertTrue(browser.findElement(By.id("created")).isDisplayed());
    assertTrue(
        browser.findElement(By.id("user-status")).getText().contains("nieuw wachtwoord"),
        browser.findElement(By.id("user-status")).getText());

    browser.findElement(By.cssSelector("input[name='roles:role'][value='editor']")).click();
    browser.findElement(By.cssSelector("input[name='roles:role'][value='coordinator']")).click();
    submit(By.id("roles:save-roles"));
    assertTrue(notice().contains("rollen"), notice());
    browser.findElement(By.cssSelector("input[name='roles:role'][value='editor']")).click();
    submit(By.id("roles:save-roles"));
    assertTrue(notice().contains("rollen"), notice());
    assertTrue(
        !browser
            .findElement(By.cssSelector("input[name='roles:role'][value='editor']"))
            .isSelected());
    assertTrue(
        browser
            .findElement(By.cssSelector("input[name='roles:role'][value='coordinator']"))
            .isSelected());

    browser.findElement(By.cssSelector("input[name='regions:region'][value='zeeland']")).click();
    submit(By.id("regions:save-regions"));
    assertTrue(notice().contains("regio"), notice());

    JsonObject user = keycloakUser(name);
    String id = user.getString("id");
    assertTrue(user.getBoolean("enabled"));
    assertEquals("Coördinator", user.getString("lastName"));
    assertEquals(
        List.of("zeeland"), strings(user.getJsonObject("attributes").getJsonArray("regions")));
    assertTrue(strings(user.getJsonArray("requiredActions")).contains("UPDATE_PASSWORD"));
    List<String> roles =
        jsonArray(Keycloak.admin("/users/" + id + "/role-mappings/realm")).stream()
            .map(JsonValue::asJsonObject)
            .map(r -> r.getString("name"))
            .toList();
    assertTrue(roles.contains("coordinator"), roles.toString());
    assertTrue(!roles.contains("editor"), roles.toString());

    submit(By.id("status:disable"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
    submit(By.id("status:confirm-disable"));
    assertTrue(notice().contains("uitgeschakeld"), notice());
    assertEquals(false, json(Keycloak.admin("/users/" + id)).getBoolean("enabled"));

    open("/beheer/gebruikers?q=" + name);
    assertTrue(browser.findElement(By.id("users")).getText().contains(name));
    assertTrue(browser.findElement(By.id("users")).getText().contains("Uitgeschakeld"));

    open("/beheer/logboek?voor=" + name);
    List<String> actions =
        browser.findElements(By.cssSelector("#audit tr.audit-line")).stream()
            .map(row -> row.getAttribute("data-action"))
            .toList();
    assertEquals(
        List.of(
            "user-disabled",
            "regions-changed",
            "role-revoked",
            "role-assigned",
            "role-assigned",
            "user-created"),
        actions);
    String trail = browser.findElement(By.id("audit")).getText();
    assertTrue(trail.contains("admin"), trail);
    assertTrue(trail.contains("- → zeeland"), trail);

    open("/beheer/logboek?voor=" + name + "&wat=role-revoked&door=admin");
    assertEquals(1, browser.findElements(By.cssSelector("#audit tr.audit-line")).size());
    assertTrue(browser.findElement(By.id("audit")).getText().contains("editor"));
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
