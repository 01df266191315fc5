package nl.wegwijzer.directory.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Another name a municipality answers to: a name people use beside the CBS name ('Den Haag'), or
 * the name of a municipality that merged into it ('Brielle', part of Voorne aan Zee from
 * 2023-01-01). A name answers only within its validity: a former municipality's name from the day
 * it merged, so that an earlier date does not find the new municipality.
 */
public record OtherName(String name, boolean former, LocalDate validFrom, LocalDate validUntil) {

  public OtherName {
    Objects.requireNonNull(name, "name");
    if (former && validFrom == null) {
      throw new IllegalArgumentException("a former municipality's name needs its merger date");
    }
  }

  public boolean validOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom))
        && (validUntil == null || !day.isAfter(validUntil));
  }
}
