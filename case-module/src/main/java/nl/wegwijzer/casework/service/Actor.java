package nl.wegwijzer.casework.service;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.wegwijzer.directory.model.Region;

/**
 * Who is asking: a user name and the region codes they coordinate. A coordinator sees and changes
 * only signals and cases of these regions; anyone else has none.
 */
public record Actor(String username, Set<String> regions) {

  /** The public form of the guide: it may only hand in signals. */
  public static final Actor PUBLIC_FORM = new Actor("public-form", Set.of());

  public Actor {
    Objects.requireNonNull(username, "username");
    regions = Set.copyOf(regions == null ? Set.of() : regions);
  }

  public boolean covers(Region region) {
    return region != null && regions.contains(region.code());
  }

  /** The region a new signal starts in when no municipality says otherwise. */
  public String defaultRegion() {
    return new TreeSet<>(regions).stream().findFirst().orElse(null);
  }
}
