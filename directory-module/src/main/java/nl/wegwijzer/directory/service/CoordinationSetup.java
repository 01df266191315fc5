package nl.wegwijzer.directory.service;

import java.util.List;
import nl.wegwijzer.directory.model.CoordinatorScope;

/** The care coordinators of the whole country: the national fallback and one entry per region. */
public record CoordinationSetup(Contact national, List<RegionEntry> regions) {

  public CoordinationSetup {
    regions = regions == null ? List.of() : List.copyOf(regions);
  }

  /** The coordination of one region; {@code splitAge} only where it splits by age. */
  public record RegionEntry(String region, Integer splitAge, List<Contact> coordinators) {}

  /** A coordinator's contact details. */
  public record Contact(
      CoordinatorScope appliesTo,
      String organisation,
      String phone,
      String email,
      String website) {}
}
