package nl.wegwijzer.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/ping}: {@code {"status":"ok"}} without touching the database, a session or the
 * caller's token. A connectivity check for scripts, and the benchmark's baseline: what the HTTP
 * listener and JAX-RS cost alone, so an API's figure shows what its own work adds. Readiness (the
 * database and Keycloak reachable) is {@code /health/ready}, not this.
 */
@Path("ping")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

  /** Answered as a constant: building it per request would measure the JSON writer too. */
  private static final String OK = "{\"status\":\"ok\"}";

  @GET
  public String ping() {
    return OK;
  }
}
