package nl.wegwijzer.web.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the JVM has deadlocked threads, the one state that only a restart cures. It never
 * looks at PostgreSQL or Keycloak: an outage of either is not cured by restarting the node, and a
 * liveness that failed on it would make Kubernetes restart every node at once.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  static final String NAME = "application";

  @Override
  public HealthCheckResponse call() {
    long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
    return HealthCheckResponse.named(NAME).status(deadlocked == null).build();
  }
}
