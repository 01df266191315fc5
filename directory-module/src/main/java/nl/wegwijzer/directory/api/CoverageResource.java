package nl.wegwijzer.directory.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.wegwijzer.directory.service.CoverageMatrix;
import nl.wegwijzer.directory.service.CoverageService;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code GET /api/coverage}: for each region and care need, how many organisations serve it; zero
 * is a gap. For editors, who work on the directory's gaps.
 */
@Path("coverage")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

  @Inject CoverageService coverage;

  @GET
  @RolesAllowed("editor")
  @SecurityRequirement(name = "bearer")
  public CoverageMatrix matrix() {
    return coverage.matrix();
  }
}
