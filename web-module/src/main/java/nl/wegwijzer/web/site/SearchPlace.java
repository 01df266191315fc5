package nl.wegwijzer.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.wegwijzer.directory.service.CoordinatorAnswer;
import nl.wegwijzer.directory.service.CoordinatorFinder;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.service.PlaceInText;

/**
 * The place named in a search text ('opvang Utrecht', '4331') and its care coordinator, for the
 * site search and the directory search alike: one way to read it, through the place resolver.
 */
@ApplicationScoped
public class SearchPlace {

  @Inject OrganisationDirectory directory;
  @Inject CoordinatorFinder coordinators;

  /** The place and its coordinator today, when the text names one place. */
  public Optional<Found> in(String text) {
    return directory
        .placeIn(text)
        .map(
            place ->
                new Found(place, coordinators.find(place.match().municipality().cbsCode(), null)));
  }

  /**
   * A place found in a search.
   *
   * @param coordinator the coordinators of the place's region (all age bands)
   */
  public record Found(PlaceInText place, CoordinatorAnswer coordinator) {

    /** The municipality's name, as the answer's heading says it. */
    public String name() {
      return place.match().municipality().name();
    }

    /** The coordinator finder for the place, which asks the age where the region splits by it. */
    public String finderPath() {
      return "/zorgcoordinator?plaats=" + URLEncoder.encode(name(), StandardCharsets.UTF_8);
    }
  }
}
