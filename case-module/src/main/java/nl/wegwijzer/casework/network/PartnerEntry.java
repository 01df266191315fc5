package nl.wegwijzer.casework.network;

import java.time.LocalDate;

/**
 * A partner as a coordinator types it. {@code region} is a region code; {@code directorySlug} picks
 * an organisation of the directory (its name is then taken), otherwise {@code organisationName} is
 * a free name.
 */
public record PartnerEntry(
    String region,
    String directorySlug,
    String organisationName,
    String contactName,
    String role,
    String phone,
    String email,
    LocalDate lastContact,
    String agreements) {}
