package nl.wegwijzer.web.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether Keycloak's realm answers, reported as a detail of the readiness ({@code loginAvailable})
 * while the check itself stays UP. A node without Keycloak still serves the whole public guide and
 * tells people who try to log in that login is unavailable (KeycloakDownIT); Keycloak is shared by
 * every node, so failing readiness here would take all nodes out of the balancer at once and turn a
 * login outage into a full outage. Monitoring alerts on {@code loginAvailable: false} instead.
 *
 * <p>The answer is kept for a few seconds, so frequent checks by the balancer do not become a load
 * on Keycloak, and a dead Keycloak costs a check at most the short timeouts below.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

  static final String NAME = "keycloak";
  private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(1_000);
  private static final Duration ANSWER_TIMEOUT = Duration.ofMillis(2_000);
  private static final long KEEP_NANOS = Duration.ofSeconds(5).toNanos();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  private volatile Boolean lastAnswer;
  private volatile long answeredAt;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named(NAME).up().withData("loginAvailable", reachable()).build();
  }

  /** Whether Keycloak answered its realm's metadata, asked at most every few seconds. */
  public boolean reachable() {
    Boolean known = lastAnswer;
    if (known != null && System.nanoTime() - answeredAt < KEEP_NANOS) {
      return known;
    }
    boolean answer = ask();
    lastAnswer = answer;
    answeredAt = System.nanoTime();
    return answer;
  }

  private boolean ask() {
    try {
      // Read on use: while the application is still being deployed its configuration may not be
      // there yet, and the check then answers "not available" instead of failing.
      String realm =
          ConfigProvider.getConfig(KeycloakReadiness.class.getClassLoader())
              .getValue("payara.security.openid.providerURI", String.class);
      URI metadata = URI.create(realm.replaceAll("/+$", "") + "/.well-known/openid-configuration");
      HttpResponse<Void> response =
          client.send(
              HttpRequest.newBuilder(metadata).timeout(ANSWER_TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception unreachable) {
      return false;
    }
  }
}
