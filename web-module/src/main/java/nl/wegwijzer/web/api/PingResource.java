package nl.wegwijzer.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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

  /** What the answer says, for the served document: the constant above is its one value. */
  public record Status(@Schema(enumeration = "ok") String status) {}

  @GET
  @APIResponse(
      responseCode = "200",
      description = "The node answers",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Status.class)))
  public String ping() {
    return OK;
  }
}
