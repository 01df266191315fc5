package nl.wegwijzer.directory.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;

@Path("regions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

  @Inject PlaceService places;

  /** All care-coordination regions, by name. */
  @GET
  public List<RegionView> regions() {
    return places.regions();
  }
}
