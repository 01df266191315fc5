package nl.wegwijzer.content.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.wegwijzer.content.service.GuideService;
import nl.wegwijzer.content.service.StepView;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.support.NotFoundException;

@Path("steps")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StepResource {

  @Inject GuideService guide;

  /**
   * One step: what happens, its rights and regulations, the care needs whose organisations help
   * (see {@code /api/organisations?need=}), and the previous and next step.
   */
  @GET
  @Path("{slug}")
  public StepView step(@PathParam("slug") String slug) {
    if (!Slugs.isSlug(slug)) {
      throw new NotFoundException("step", slug);
    }
    return guide.step(slug);
  }
}
