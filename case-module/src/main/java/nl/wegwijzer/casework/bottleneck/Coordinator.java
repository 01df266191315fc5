package nl.wegwijzer.casework.bottleneck;

import java.util.Set;

/**
 * Who records or reads bottlenecks: a coordinator's user name and the codes of the regions they
 * work for (from their login). The service lets them see and change only those regions.
 */
public record Coordinator(String userName, Set<String> regions) {

  public Coordinator {
    regions = regions == null ? Set.of() : Set.copyOf(regions);
  }

  public boolean worksFor(String regionCode) {
    return regions.contains(regionCode);
  }
}
