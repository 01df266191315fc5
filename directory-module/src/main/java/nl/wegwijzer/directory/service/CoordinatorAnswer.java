package nl.wegwijzer.directory.service;

import java.time.LocalDate;
import java.util.List;

/**
 * The coordinator for a place on a day. Without an age every point of the region is listed with its
 * age band, and where the region splits by age {@code ageNeeded} is true; with an age only the
 * points whose band covers it; with an age group the points whose band it does not rule out ({@code
 * ageNeeded} where that still leaves both sides of the split).
 *
 * @param municipality null for a question without place (the national point answers)
 * @param formerMunicipality set when the name typed was that of a municipality that merged into
 *     {@code municipality}, saying so; null otherwise
 * @param nationalFallback the region has no coordinator of its own (for that age): the national
 *     point coordinates at a distance
 * @param on the day the answer holds for
 */
public record CoordinatorAnswer(
    MunicipalityView municipality,
    FormerMunicipality formerMunicipality,
    String postcode,
    boolean ageNeeded,
    boolean nationalFallback,
    Integer splitAge,
    List<CoordinatorView> coordinators,
    LocalDate on) {

  public CoordinatorAnswer {
    coordinators = List.copyOf(coordinators);
  }
}
