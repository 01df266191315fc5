package nl.wegwijzer.directory.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * What one version of a coordination point says: from when until when, for which regions and ages,
 * and whom to call. An age band names its split age; "all ages" has none.
 *
 * @param validUntil the last day it holds, or null while no end is known
 */
public record CoordinationTerms(
    LocalDate validFrom,
    LocalDate validUntil,
    CoordinatorScope covers,
    Integer splitAge,
    Set<Region> regions,
    CoordinatorContact contact) {

  public static final int YOUNGEST_SPLIT = 1;
  public static final int OLDEST_SPLIT = 30;

  public CoordinationTerms {
    if (validFrom == null) {
      throw new InvalidInputException("validFrom", "a version needs the day it starts");
    }
    if (validUntil != null && validUntil.isBefore(validFrom)) {
      throw new InvalidInputException("validUntil", "ends before it starts");
    }
    Objects.requireNonNull(covers, "covers");
    if (covers == CoordinatorScope.ALL && splitAge != null) {
      throw new InvalidInputException("splitAge", "only an age band has a split age");
    }
    if (covers != CoordinatorScope.ALL
        && (splitAge == null || splitAge < YOUNGEST_SPLIT || splitAge > OLDEST_SPLIT)) {
      throw new InvalidInputException(
          "splitAge",
          "an age band needs a split age from " + YOUNGEST_SPLIT + " to " + OLDEST_SPLIT);
    }
    regions = Set.copyOf(regions == null ? Set.of() : regions);
    Objects.requireNonNull(contact, "contact");
  }

  /** Whether these terms hold on {@code day}. */
  public boolean holdsOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
  }
}
