package nl.wegwijzer.web.security;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Logger;
import nl.wegwijzer.web.security.KeycloakJson.ErrorRepresentation;
import nl.wegwijzer.web.security.KeycloakJson.TokenResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The connection to Keycloak's admin REST API for the realm: the built-in JAX-RS client, a token of
 * the service account {@code wegwijzer-admin} (client credentials), which may only view, query and
 * manage users, and the mapping of every failure to a {@link UserAdminException}. Never the
 * Keycloak admin password; no Keycloak library (its admin client drags in RESTEasy, which breaks
 * Payara's Jersey). Bodies are Keycloak's representations in {@link KeycloakJson}.
 */
@ApplicationScoped
public class KeycloakAdminApi {

  private static final Logger LOG = Logger.getLogger(KeycloakAdminApi.class.getName());
  private static final long TOKEN_MARGIN_SECONDS = 30;

  @Inject
  @ConfigProperty(name = "payara.security.openid.providerURI")
  String providerUri;

  @Inject
  @ConfigProperty(name = "wegwijzer.keycloak.admin.client-id", defaultValue = "wegwijzer-admin")
  String clientId;

  @Inject
  @ConfigProperty(
      name = "wegwijzer.keycloak.admin.client-secret",
      defaultValue = "wegwijzer-admin-demo-secret")
  String clientSecret;

  private Client client;
  private String token;
  private Instant tokenExpires = Instant.EPOCH;

  private synchronized Client client() {
    if (client == null) {
      client =
          ClientBuilder.newBuilder()
              .connectTimeout(5, TimeUnit.SECONDS)
              .readTimeout(15, TimeUnit.SECONDS)
              // Jersey refuses a body on DELETE unless told otherwise; removing a role mapping
              // needs one.
              .property("jersey.config.client.suppressHttpComplianceValidation", true)
              .build();
    }
    return client;
  }

  @PreDestroy
  synchronized void close() {
    if (client != null) {
      client.close();
    }
  }

  /**
   * {@code http://host:port/realms/wegwijzer} → {@code http://host:port/admin/realms/wegwijzer}.
   */
  static String adminBase(String providerUri) {
    String base =
        providerUri.endsWith("/")
            ? providerUri.substring(0, providerUri.length() - 1)
            : providerUri;
    int realms = base.lastIndexOf("/realms/");
    if (realms < 0) {
      throw new IllegalStateException("Not a Keycloak realm URL: " + providerUri);
    }
    return base.substring(0, realms) + "/admin" + base.substring(realms);
  }

  /** A resource of the realm's admin API, e.g. {@code users} or {@code roles/admin/users}. */
  public WebTarget target(String path) {
    return client().target(adminBase(providerUri)).path(path);
  }

  /** A service-account token, reused until shortly before it expires. */
  private synchronized String token() {
    if (token != null && Instant.now().isBefore(tokenExpires)) {
      return token;
    }
    Form form =
        new Form()
            .param("grant_type", "client_credentials")
            .param("client_id", clientId)
            .param("client_secret", clientSecret);
    TokenResponse answer =
        call(
            () ->
                client()
                    .target(providerUri)
                    .path("protocol/openid-connect/token")
                    .request(MediaType.APPLICATION_JSON)
                    .post(Entity.form(form)),
            body -> KeycloakJson.read(body, TokenResponse.class));
    if (answer.accessToken() == null) {
      throw new UserAdminException(
          UserAdminException.Reason.UNAVAILABLE, "Keycloak gave the service account no token");
    }
    token = answer.accessToken();
    long seconds = answer.expiresIn() == null ? 0 : answer.expiresIn();
    tokenExpires = Instant.now().plusSeconds(Math.max(0, seconds - TOKEN_MARGIN_SECONDS));
    return token;
  }

  private Invocation.Builder request(WebTarget target) {
    return target
        .request(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token());
  }

  /** A GET whose answer is one representation. */
  public <T> T get(WebTarget target, Class<T> type) {
    return call(() -> request(target).get(), body -> KeycloakJson.read(body, type));
  }

  /** A GET whose answer is a JSON array of representations. */
  public <T> List<T> getList(WebTarget target, Class<T[]> type) {
    return call(() -> request(target).get(), body -> KeycloakJson.readList(body, type));
  }

  /** A GET whose answer is plain text (a count). */
  public String getText(WebTarget target) {
    return call(() -> request(target).get(), Function.identity());
  }

  /** A POST of a representation (or of nothing: null); answers the Location header, if any. */
  public String post(WebTarget target, Object body) {
    return call(
        () -> request(target).post(Entity.json(body == null ? "{}" : KeycloakJson.write(body))),
        (response, text) -> response.getHeaderString(HttpHeaders.LOCATION));
  }

  public void put(WebTarget target, Object body) {
    call(() -> request(target).put(Entity.json(KeycloakJson.write(body))), Function.identity());
  }

  public void delete(WebTarget target) {
    call(() -> request(target).delete(), Function.identity());
  }

  /** A DELETE with a body (role mappings): hence the Jersey property above. */
  public void delete(WebTarget target, Object body) {
    call(
        () -> request(target).method("DELETE", Entity.json(KeycloakJson.write(body))),
        Function.identity());
  }

  private static <T> T call(java.util.function.Supplier<Response> send, Function<String, T> read) {
    return call(send, (response, body) -> read.apply(body));
  }

  /** Sends a call and reads a successful answer; every failure becomes a UserAdminException. */
  private static <T> T call(
      java.util.function.Supplier<Response> send, BiFunction<Response, String, T> read) {
    Response response;
    try {
      response = send.get();
    } catch (ProcessingException unreachable) {
      throw new UserAdminException(
          UserAdminException.Reason.UNAVAILABLE, "Keycloak cannot be reached", unreachable);
    }
    try (response) {
      String body = response.hasEntity() ? response.readEntity(String.class) : "";
      int status = response.getStatus();
      if (status >= 200 && status < 300) {
        return read.apply(response, body);
      }
      String explanation = explanation(body);
      LOG.warning(() -> "Keycloak answered " + status + ": " + explanation);
      throw new UserAdminException(reason(status), explanation);
    } catch (ProcessingException | jakarta.json.bind.JsonbException unreadable) {
      throw new UserAdminException(
          UserAdminException.Reason.UNAVAILABLE, "Keycloak's answer could not be read", unreadable);
    }
  }

  static UserAdminException.Reason reason(int status) {
    return switch (status) {
      case 404 -> UserAdminException.Reason.NOT_FOUND;
      case 409 -> UserAdminException.Reason.DUPLICATE;
      case 400 -> UserAdminException.Reason.REFUSED;
      default -> UserAdminException.Reason.UNAVAILABLE;
    };
  }

  /** Keycloak's error text ({@code errorMessage} or {@code error_description}), or the body. */
  static String explanation(String body) {
    try {
      String text = KeycloakJson.read(body, ErrorRepresentation.class).explanation();
      if (text != null) {
        return text;
      }
    } catch (RuntimeException notAnErrorObject) {
      // an HTML page or plain text: the body as it is
    }
    return body.length() > 300 ? body.substring(0, 300) : body;
  }
}
