package nl.wegwijzer.directory.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import nl.wegwijzer.directory.service.CoordinatorAnswer;
import nl.wegwijzer.directory.service.CoordinatorFinder;
import nl.wegwijzer.directory.support.InvalidInputException;

@Path("coordinators")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoordinatorResource {

  @Inject CoordinatorFinder finder;

  /**
   * The care coordinator for a municipality (name or CBS code) or a postcode, as of today or as of
   * {@code on} (yyyy-mm-dd); the answer's {@code on} says which day it holds for. Give {@code age}
   * where the answer says {@code ageNeeded}.
   */
  @GET
  public CoordinatorAnswer coordinator(
      @QueryParam("municipality") String municipality,
      @QueryParam("postcode") String postcode,
      @QueryParam("age") String age,
      @QueryParam("on") String on) {
    boolean hasMunicipality = municipality != null && !municipality.isBlank();
    boolean hasPostcode = postcode != null && !postcode.isBlank();
    if (hasMunicipality == hasPostcode) {
      throw new InvalidInputException(
          "municipality", "give either municipality or postcode, not both or neither");
    }
    if (hasPostcode && !postcode.strip().matches("^[1-9][0-9]{3}\\s?([A-Za-z]{2})?$")) {
      throw new InvalidInputException("postcode", "'" + postcode + "' is not a Dutch postcode");
    }
    LocalDate day = QueryParameters.optionalDate("on", on);
    return finder.find(
        hasMunicipality ? municipality : postcode,
        QueryParameters.optionalInt("age", age),
        hasMunicipality ? "municipality" : "postcode",
        day == null ? CoordinatorFinder.today() : day);
  }
}
