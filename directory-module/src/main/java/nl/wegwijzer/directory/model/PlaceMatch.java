package nl.wegwijzer.directory.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A municipality found from what someone typed, with the other name it was found by ({@code null}
 * when by its own name, its CBS code or a postcode).
 */
public record PlaceMatch(Municipality municipality, OtherName foundBy) {

  public PlaceMatch {
    Objects.requireNonNull(municipality, "municipality");
  }

  /** The former municipality's name that was typed, so the answer can say where it went. */
  public Optional<OtherName> formerName() {
    return foundBy != null && foundBy.former() ? Optional.of(foundBy) : Optional.empty();
  }
}
