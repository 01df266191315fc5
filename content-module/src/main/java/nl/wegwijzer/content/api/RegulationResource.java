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
import nl.wegwijzer.content.service.RegulationView;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.support.NotFoundException;

@Path("regulations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegulationResource {

  @Inject GuideService guide;

  /** Every right and regulation with its eligibility conditions, by title. */
  @GET
  public List<RegulationView> regulations() {
    return guide.regulations();
  }

  @GET
  @Path("{slug}")
  public RegulationView regulation(@PathParam("slug") String slug) {
    if (!Slugs.isSlug(slug)) {
      throw new NotFoundException("regulation", slug);
    }
    return guide.regulation(slug);
  }
}
