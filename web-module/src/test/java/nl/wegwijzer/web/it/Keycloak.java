package nl.wegwijzer.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real Keycloak that {@code deploy/wegwijzer test} starts: tokens for the demo users, and a
 * browser-like login of a screen session, both over HTTP.
 */
public final class Keycloak {

  public static final String REALM =
      RunningApp.setting("WEGWIJZER_OIDC_PROVIDER_URI", "http://127.0.0.1:8181/realms/wegwijzer");
  public static final String PASSWORD =
      RunningApp.setting("WEGWIJZER_DEMO_PASSWORD", "Wegwijzer-demo-2026");
  private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");

  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static boolean ready;

  private Keycloak() {}

  /**
   * Waits until the realm answers: {@code deploy/wegwijzer test} starts Keycloak while Maven builds
   * and runs the unit tests, and a node started before it answers would have no login.
   */
  static synchronized void awaitReady() throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!ready) {
      try {
        ready =
            client
                    .send(
                        HttpRequest.newBuilder(
                                URI.create(REALM + "/.well-known/openid-configuration"))
                            .build(),
                        HttpResponse.BodyHandlers.discarding())
                    .statusCode()
                == 200;
      } catch (IOException notYet) {
        // still starting
      }
      if (!ready && System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Keycloak does not answer at "
                + REALM
                + " (deploy/wegwijzer test starts it: see .wegwijzer/keycloak-test.log)");
      }
      if (!ready) {
        Thread.sleep(500);
      }
    }
  }

  /** An access token for a demo user (password grant on the API client; demo realm only). */
  public static String token(String user) {
    JsonObject answer = passwordGrant(user, PASSWORD);
    if (!answer.containsKey("access_token")) {
      throw new IllegalStateException("No token for " + user + ": " + answer);
    }
    return answer.getString("access_token");
  }

  /**
   * Keycloak's JSON answer to a password grant on the API client: a token, or the error (a wrong
   * password counts as a failed login for the brute-force protection).
   */
  public static JsonObject passwordGrant(String user, String password) {
    HttpClient client = HttpClient.newHttpClient();
    String form =
        "grant_type=password&client_id=wegwijzer-api&scope=openid&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A GET on the realm's admin REST API ({@code /admin/realms/wegwijzer/…}) as the service account
   * of /beheer (client credentials), to check what the screens changed in Keycloak.
   */
  public static String admin(String path) {
    HttpResponse<String> answer = admin("GET", path, null);
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + answer.statusCode() + " " + answer.body());
    }
    return answer.body();
  }

  /**
   * A call on the realm's admin REST API as that service account, with a JSON body or none: what an
   * administrator does in Keycloak's own console, behind the application's back.
   */
  public static HttpResponse<String> admin(String method, String path, String json) {
    HttpClient client = HttpClient.newHttpClient();
    String form =
        "grant_type=client_credentials&client_id="
            + RunningApp.setting("WEGWIJZER_KEYCLOAK_ADMIN_CLIENT_ID", "wegwijzer-admin")
            + "&client_secret="
            + URLEncoder.encode(
                RunningApp.setting(
                    "WEGWIJZER_KEYCLOAK_ADMIN_CLIENT_SECRET", "wegwijzer-admin-demo-secret"),
                StandardCharsets.UTF_8);
    try {
      HttpResponse<String> tokenAnswer =
          client.send(
              HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String token;
      try (var reader = Json.createReader(new StringReader(tokenAnswer.body()))) {
        token = reader.readObject().getString("access_token");
      }
      return withToken(token, method, REALM.replace("/realms/", "/admin/realms/") + path, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A call on Keycloak's admin REST API with a bearer token, with a JSON body or none. */
  static HttpResponse<String> withToken(String token, String method, String url, String json)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                    method,
                    json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Keycloak marks its login cookies Secure; browsers send them to 127.0.0.1 over plain HTTP (a
   * loopback address counts as secure), Java's cookie manager does not. Treating every loopback
   * address as HTTPS gives the test client the browser's behaviour.
   */
  static final class LoopbackCookies extends java.net.CookieHandler {
    private final CookieManager cookies = new CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);

    private static URI secure(URI uri) {
      return URI.create(
          "https://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "/" : uri.getRawPath()));
    }

    @Override
    public java.util.Map<String, java.util.List<String>> get(
        URI uri, java.util.Map<String, java.util.List<String>> headers) throws IOException {
      return cookies.get(secure(uri), headers);
    }

    @Override
    public void put(URI uri, java.util.Map<String, java.util.List<String>> headers)
        throws IOException {
      cookies.put(secure(uri), headers);
    }
  }

  /** A screen session: an HTTP client with cookies that has logged in as the user, or anonymous. */
  public static final class Session {
    private final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public static Session anonymous() {
      return new Session();
    }

    /** Logs in through Keycloak's login form, starting from a protected page. */
    public static Session loggedIn(String user, String protectedPath) {
      return loggedIn(RunningApp.baseUrl(), user, protectedPath);
    }

    /** The same at another deployment: a node or the balancer of a cluster. */
    public static Session loggedIn(String baseUrl, String user, String protectedPath) {
      Session session = new Session();
      HttpResponse<String> toLogin = session.get(baseUrl + protectedPath);
      String loginPage = toLogin.headers().firstValue("location").orElseThrow();
      HttpResponse<String> page = session.get(loginPage);
      Matcher action = FORM_ACTION.matcher(page.body());
      if (!action.find()) {
        throw new IllegalStateException("No login form at " + loginPage);
      }
      String form =
          "username="
              + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
              + "&credentialId=";
      HttpResponse<String> answer = session.post(action.group(1).replace("&amp;", "&"), form);
      String next =
          answer
              .headers()
              .firstValue("location")
              .orElseThrow(() -> new IllegalStateException("Login refused for " + user));
      for (int hop = 0; hop < 5 && next != null && next.startsWith(baseUrl); hop++) {
        HttpResponse<String> step = session.get(next);
        next = step.headers().firstValue("location").orElse(null);
        if (step.statusCode() == 200) {
          break;
        }
      }
      return session;
    }

    /**
     * Follows a GET the way a browser would, through the application's and Keycloak's redirects (a
     * single sign-on that is still valid comes straight back): "login" when it stops at Keycloak
     * (its login form, or its page for a disabled account), else the final status.
     */
    public String outcome(String url) {
      String next = url;
      for (int hop = 0; hop < 10; hop++) {
        HttpResponse<String> answer = get(next);
        boolean atKeycloak = next.startsWith(REALM);
        if (answer.statusCode() / 100 != 3) {
          return atKeycloak ? "login" : String.valueOf(answer.statusCode());
        }
        String location = answer.headers().firstValue("location").orElseThrow();
        next = URI.create(next).resolve(location).toString();
      }
      throw new IllegalStateException("More than 10 redirects from " + url);
    }

    public HttpResponse<String> get(String url) {
      return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    public HttpResponse<String> post(String url, String form) {
      return send(
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return client.send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
