package nl.wegwijzer.directory.service;

import java.util.List;

/**
 * The coordinator for a place. Where the region splits by age and no age was given, {@code
 * ageNeeded} is true and both coordinators are listed, each for the ages it covers.
 *
 * @param formerMunicipality set when the name typed was that of a municipality that merged into
 *     {@code municipality}, saying so; null otherwise
 * @param nationalFallback the region has no coordinator of its own; the national one takes over
 */
public record CoordinatorAnswer(
    MunicipalityView municipality,
    FormerMunicipality formerMunicipality,
    String postcode,
    boolean ageNeeded,
    boolean nationalFallback,
    Integer splitAge,
    List<CoordinatorView> coordinators) {

  public CoordinatorAnswer {
    coordinators = List.copyOf(coordinators);
  }
}
