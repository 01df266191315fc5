package nl.wegwijzer.directory.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wegwijzer.directory.service.MunicipalityView;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.support.InvalidInputException;

@Path("municipalities")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

  private static final int MAX_QUERY_LENGTH = 100;

  @Inject PlaceService places;

  /** Municipalities whose name starts with {@code q} (at most 20), or all 342 without it. */
  @GET
  public List<MunicipalityView> municipalities(@QueryParam("q") String q) {
    if (q != null && q.length() > MAX_QUERY_LENGTH) {
      throw new InvalidInputException("q", "is longer than " + MAX_QUERY_LENGTH + " characters");
    }
    return places.municipalities(q);
  }
}
