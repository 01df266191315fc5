package nl.wegwijzer.content.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wegwijzer.content.service.GuideService;
import nl.wegwijzer.content.service.PhaseView;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.support.NotFoundException;

@Path("phases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PhaseResource {

  @Inject GuideService guide;

  /** The four phases of support in order, each with its steps. */
  @GET
  public List<PhaseView> phases() {
    return guide.phases();
  }

  /** One phase with its steps. */
  @GET
  @Path("{slug}")
  public PhaseView phase(@PathParam("slug") String slug) {
    if (!Slugs.isSlug(slug)) {
      throw new NotFoundException("phase", slug);
    }
    return guide.phase(slug);
  }
}
