package nl.wegwijzer.directory.service;

import java.time.LocalDate;
import java.util.List;
import nl.wegwijzer.directory.model.CoordinatorScope;

/**
 * A coordination point as the workflow hands it over: its name, whether it is the national one, and
 * the terms of the version that a publication puts in force from {@code validFrom}.
 *
 * @param regions region codes; none for the national point
 * @param splitAge only for an age band
 */
public record CoordinationRegistration(
    String slug,
    String title,
    boolean national,
    LocalDate validFrom,
    LocalDate validUntil,
    CoordinatorScope covers,
    Integer splitAge,
    List<String> regions,
    String organisation,
    String contactName,
    String phone,
    String email,
    String website) {

  public CoordinationRegistration {
    regions = regions == null ? List.of() : List.copyOf(regions);
  }
}
