package nl.wegwijzer.web.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.wegwijzer.web.platform.Database;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while PostgreSQL answers: without it no page can be served, so the balancer (HAProxy's
 * check on {@code /health/ready}) and Kubernetes send nobody here. The check gives up after two
 * seconds so that a hanging database reads as DOWN rather than as a hanging check.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final String NAME = "database";
  private static final long TIMEOUT_MILLIS = 2_000;
  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Override
  public HealthCheckResponse call() {
    boolean reachable;
    try {
      reachable =
          CompletableFuture.supplyAsync(this::answers, executor)
              .get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      reachable = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reachable = false;
    } catch (Exception failed) {
      reachable = false;
    }
    // Only up or down: a message could carry the database's address or user name.
    return HealthCheckResponse.named(NAME).status(reachable).build();
  }

  private boolean answers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid((int) (TIMEOUT_MILLIS / 1000));
    } catch (Exception unreachable) {
      LOG.log(Level.FINE, "Database check failed", unreachable);
      return false;
    }
  }
}
