package nl.wegwijzer.directory.service;

import java.util.List;
import nl.wegwijzer.directory.model.NearbyHelp;

/**
 * A region's organisations nearest first ({@link OrganisationDirectory#nearestInRegion}).
 *
 * @param from the municipality nearness was measured from
 * @param central whether that is the region's central municipality, as no place in the region was
 *     given
 */
public record NearestInRegion(MunicipalityView from, boolean central, List<NearbyHelp> help) {

  public NearestInRegion {
    help = List.copyOf(help);
  }
}
