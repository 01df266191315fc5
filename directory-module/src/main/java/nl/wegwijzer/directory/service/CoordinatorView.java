package nl.wegwijzer.directory.service;

import java.time.LocalDate;
import nl.wegwijzer.directory.model.CoordinationPeriod;
import nl.wegwijzer.directory.model.CoordinatorContact;

/**
 * A coordinator's card: {@code appliesTo} is 'all', 'below-split' or 'from-split' (with the split
 * age), and the version's validity.
 *
 * @param point the coordination point's slug
 * @param validUntil the last day, or null while no end is known
 */
public record CoordinatorView(
    String point,
    String appliesTo,
    Integer splitAge,
    String organisation,
    String name,
    String phone,
    String email,
    String website,
    LocalDate validFrom,
    LocalDate validUntil) {

  public static CoordinatorView of(CoordinationPeriod period) {
    CoordinatorContact contact = period.contact();
    return new CoordinatorView(
        period.point().slug(),
        period.covers().code(),
        period.splitAge().orElse(null),
        contact.organisation(),
        contact.name(),
        contact.phone(),
        contact.email(),
        contact.website(),
        period.validFrom(),
        period.validUntil().orElse(null));
  }
}
