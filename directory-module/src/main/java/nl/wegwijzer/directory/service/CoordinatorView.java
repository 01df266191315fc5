package nl.wegwijzer.directory.service;

import nl.wegwijzer.directory.model.CoordinatorContact;

/** A coordinator's card; {@code appliesTo} is 'all', 'below-split' or 'from-split'. */
public record CoordinatorView(
    String appliesTo, String organisation, String phone, String email, String website) {

  public static CoordinatorView of(CoordinatorContact contact) {
    return new CoordinatorView(
        contact.appliesTo().code(),
        contact.organisation(),
        contact.phone(),
        contact.email(),
        contact.website());
  }
}
