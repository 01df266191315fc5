package nl.wegwijzer.directory.service;

import java.util.List;
import nl.wegwijzer.directory.model.CoordinatorScope;

/**
 * The care coordinators of the whole country as the demo data lists them: the national fallback and
 * one entry per region, each becoming a coordination point per contact.
 */
public record CoordinationSetup(Contact national, List<RegionEntry> regions) {

  public CoordinationSetup {
    regions = regions == null ? List.of() : List.copyOf(regions);
  }

  /** The coordination of one region; {@code splitAge} only where it splits by age. */
  public record RegionEntry(String region, Integer splitAge, List<Contact> coordinators) {

    public RegionEntry {
      coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
    }
  }

  /** A coordinator's contact details; {@code name} is the person, where known. */
  public record Contact(
      CoordinatorScope appliesTo,
      String organisation,
      String name,
      String phone,
      String email,
      String website) {}
}
