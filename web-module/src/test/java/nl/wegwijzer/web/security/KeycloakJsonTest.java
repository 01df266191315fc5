package nl.wegwijzer.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import nl.wegwijzer.web.security.KeycloakJson.BruteForceStatus;
import nl.wegwijzer.web.security.KeycloakJson.CredentialRepresentation;
import nl.wegwijzer.web.security.KeycloakJson.EventRepresentation;
import nl.wegwijzer.web.security.KeycloakJson.RoleRepresentation;
import nl.wegwijzer.web.security.KeycloakJson.TokenResponse;
import nl.wegwijzer.web.security.KeycloakJson.UserRepresentation;
import org.junit.jupiter.api.Test;

/** Keycloak's JSON read into the records and written back as Keycloak 26 expects it. */
class KeycloakJsonTest {

  /**
   * GET /admin/realms/wegwijzer/users/{id} as Keycloak 26 answers it, plus a field of the future.
   */
  private static final String USER =
      """
      {
        "id": "5f0c3d1e-8a4b-4c2e-9f11-2b7d9e0a6c44",
        "username": "coordinator-zeeland",
        "firstName": "Cora",
        "lastName": "Zeeland",
        "email": "coordinator-zeeland@wegwijzer.example",
        "emailVerified": true,
        "attributes": {
          "regions": ["zeeland"],
          "phone": ["0118-123456"],
          "locale": ["nl"]
        },
        "createdTimestamp": 1733500000000,
        "enabled": true,
        "totp": false,
        "disableableCredentialTypes": [],
        "requiredActions": ["CONFIGURE_TOTP"],
        "notBefore": 0,
        "access": {"manage": true, "impersonate": false},
        "aFieldOfTheFuture": {"nested": [1, 2, 3]}
      }
      """;

  @Test
  void aUserIsReadWithItsAttributesAndRequiredActionsAndUnknownFieldsIgnored() {
    UserRepresentation user = KeycloakJson.read(USER, UserRepresentation.class);

    assertEquals("5f0c3d1e-8a4b-4c2e-9f11-2b7d9e0a6c44", user.id());
    assertEquals("coordinator-zeeland", user.username());
    assertEquals("Cora", user.firstName());
    assertEquals(Boolean.TRUE, user.enabled());
    assertEquals(Boolean.TRUE, user.emailVerified());
    assertEquals(List.of("zeeland"), user.attribute(KeycloakUsers.REGIONS_ATTRIBUTE));
    assertEquals(List.of("0118-123456"), user.attribute("phone"));
    assertEquals(List.of(), user.attribute("absent"));
    assertEquals(List.of("CONFIGURE_TOTP"), user.requiredActions());
    assertNull(user.credentials());
  }

  @Test
  void aChangedUserGoesBackWithEveryOtherAttributeAndTheRootFields() {
    UserRepresentation user = KeycloakJson.read(USER, UserRepresentation.class);

    JsonObject written =
        object(
            KeycloakJson.write(
                user.withAttribute(KeycloakUsers.REGIONS_ATTRIBUTE, List.of("utrecht", "zeeland"))
                    .withEnabled(false)));

    JsonObject attributes = written.getJsonObject("attributes");
    assertEquals(
        List.of("utrecht", "zeeland"),
        attributes.getJsonArray("regions").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals("0118-123456", attributes.getJsonArray("phone").getString(0));
    assertEquals("nl", attributes.getJsonArray("locale").getString(0));
    // Since Keycloak 24 the root attributes are replaced with the others: they must go back too.
    assertEquals("coordinator-zeeland", written.getString("username"));
    assertEquals("Cora", written.getString("firstName"));
    assertEquals("Zeeland", written.getString("lastName"));
    assertEquals("coordinator-zeeland@wegwijzer.example", written.getString("email"));
    assertTrue(written.getBoolean("emailVerified"));
    assertFalse(written.getBoolean("enabled"));
    assertEquals("CONFIGURE_TOTP", written.getJsonArray("requiredActions").getString(0));
    // What the records do not know, and what is null, is left out rather than sent as null.
    assertFalse(written.containsKey("aFieldOfTheFuture"));
    assertFalse(written.containsKey("credentials"));
    assertFalse(written.containsKey("createdTimestamp"));
  }

  @Test
  void removingTheLastRegionRemovesOnlyThatAttribute() {
    UserRepresentation user = KeycloakJson.read(USER, UserRepresentation.class);

    JsonObject attributes =
        object(KeycloakJson.write(user.withAttribute(KeycloakUsers.REGIONS_ATTRIBUTE, List.of())))
            .getJsonObject("attributes");

    assertFalse(attributes.containsKey("regions"));
    assertTrue(attributes.containsKey("phone"));
    assertTrue(attributes.containsKey("locale"));
  }

  @Test
  void aNewUserHasATemporaryPasswordAndMustChangeIt() {
    JsonObject written =
        object(
            KeycloakJson.write(
                UserRepresentation.create(
                    "nieuw",
                    "Nieuwe",
                    "Gebruiker",
                    "nieuw@wegwijzer.example",
                    CredentialRepresentation.temporaryPassword("Tijdelijk-123"))));

    assertFalse(written.containsKey("id"));
    assertFalse(written.containsKey("attributes"));
    assertTrue(written.getBoolean("enabled"));
    assertEquals("UPDATE_PASSWORD", written.getJsonArray("requiredActions").getString(0));
    JsonObject password = written.getJsonArray("credentials").getJsonObject(0);
    assertEquals("password", password.getString("type"));
    assertEquals("Tijdelijk-123", password.getString("value"));
    assertTrue(password.getBoolean("temporary"));
  }

  @Test
  void rolesTokensEventsAndTheBruteForceStatusAreRead() {
    List<RoleRepresentation> roles =
        KeycloakJson.readList(
            """
            [{"id":"r1","name":"admin","composite":false,"clientRole":false,
              "containerId":"realm","attributes":{}}]
            """,
            RoleRepresentation[].class);
    assertEquals("admin", roles.get(0).name());
    assertEquals("r1", roles.get(0).id());

    TokenResponse token =
        KeycloakJson.read(
            """
            {"access_token":"eyJ","expires_in":300,"refresh_expires_in":0,
             "token_type":"Bearer","not-before-policy":0,"scope":"profile email"}
            """,
            TokenResponse.class);
    assertEquals("eyJ", token.accessToken());
    assertEquals(300L, token.expiresIn());

    List<EventRepresentation> events =
        KeycloakJson.readList(
            """
            [{"id":"e1","time":1733500000123,"type":"LOGIN","realmId":"r","clientId":"wegwijzer",
              "userId":"u1","sessionId":"s1","ipAddress":"127.0.0.1","details":{"auth_method":"openid-connect"}}]
            """,
            EventRepresentation[].class);
    assertEquals(1733500000123L, events.get(0).time());

    assertTrue(
        KeycloakJson.read(
                """
                {"numFailures":5,"disabled":true,"lastIPFailure":"127.0.0.1","lastFailure":1}
                """,
                BruteForceStatus.class)
            .locked());
    assertFalse(KeycloakJson.read("{}", BruteForceStatus.class).locked());
  }

  @Test
  void keycloaksErrorTextAndStatusBecomeTheReason() {
    assertEquals(
        "User exists with same email",
        KeycloakAdminApi.explanation("{\"errorMessage\":\"User exists with same email\"}"));
    assertEquals(
        "Invalid client credentials",
        KeycloakAdminApi.explanation(
            "{\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client credentials\"}"));
    assertEquals(
        "<html>Bad Gateway</html>", KeycloakAdminApi.explanation("<html>Bad Gateway</html>"));
    assertEquals(UserAdminException.Reason.NOT_FOUND, KeycloakAdminApi.reason(404));
    assertEquals(UserAdminException.Reason.DUPLICATE, KeycloakAdminApi.reason(409));
    assertEquals(UserAdminException.Reason.REFUSED, KeycloakAdminApi.reason(400));
    assertEquals(UserAdminException.Reason.UNAVAILABLE, KeycloakAdminApi.reason(503));
    assertEquals(UserAdminException.Reason.UNAVAILABLE, KeycloakAdminApi.reason(401));
  }

  @Test
  void theAdminBaseIsDerivedFromTheRealm() {
    assertEquals(
        "http://127.0.0.1:8231/admin/realms/wegwijzer",
        KeycloakAdminApi.adminBase("http://127.0.0.1:8231/realms/wegwijzer/"));
  }

  private static JsonObject object(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
