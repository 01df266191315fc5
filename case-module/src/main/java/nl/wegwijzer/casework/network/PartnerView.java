package nl.wegwijzer.casework.network;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A partner as the coordinators of its region read it, with the version to send back with a
 * correction or a removal. {@code directorySlug} is null for a free name.
 */
public record PartnerView(
    long id,
    long version,
    String regionCode,
    String regionName,
    String directorySlug,
    String organisationName,
    String contactName,
    String role,
    String phone,
    String email,
    LocalDate lastContact,
    String agreements,
    String recordedBy,
    OffsetDateTime recordedAt,
    String changedBy,
    OffsetDateTime changedAt) {

  static PartnerView of(Partner partner) {
    return new PartnerView(
        partner.id(),
        partner.version(),
        partner.region().code(),
        partner.region().name(),
        partner.organisation() == null ? null : partner.organisation().slug(),
        partner.organisationName(),
        partner.contactName(),
        partner.role(),
        partner.phone(),
        partner.email(),
        partner.lastContact(),
        partner.agreements(),
        partner.authorship().recordedBy(),
        partner.authorship().recordedAt(),
        partner.authorship().changedBy(),
        partner.authorship().changedAt());
  }
}
