package nl.wegwijzer.directory.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The directory's published rows as the open data (HSDS) reads them, straight from SQL: codes are
 * the stable lower-case codes of the API ('legal-aid', 'via-coordinator'), never entity names.
 */
public final class HsdsRows {

  private HsdsRows() {}

  /** A published organisation; {@code modifiedAt} moves with every change of its profile. */
  public record OrganisationRow(
      long id,
      String slug,
      String name,
      String description,
      String website,
      String email,
      LocalDate verifiedOn,
      Instant modifiedAt) {}

  /**
   * A service; {@code ordinal} counts the organisation's services for the same care need in their
   * order (1 for the first), which with the slug and the need makes its stable key.
   */
  public record ServiceRow(
      long id,
      long organisationId,
      String slug,
      int ordinal,
      String name,
      String description,
      String careNeed,
      String access,
      String website,
      String email,
      LocalDate verifiedOn,
      Instant modifiedAt,
      List<String> ageGroups) {}

  /** A location with its municipality; the address is read only for a location that is public. */
  public record LocationRow(
      long id,
      long organisationId,
      String slug,
      int position,
      String name,
      boolean confidential,
      String street,
      String postcode,
      String city,
      String municipalityCode,
      String province) {}

  /** A service at one of its organisation's locations. */
  public record ServiceAtLocationRow(ServiceRow service, LocationRow location) {}

  public record HoursRow(long locationId, String day, LocalTime opens, LocalTime closes) {}

  public record PhoneRow(
      long organisationId, int position, String number, String label, boolean available24x7) {}

  public record LanguageRow(long organisationId, String code) {}

  /**
   * One code of a service's target groups or forms: facet 'age', 'gender', 'nationality', 'form'.
   */
  public record CodeRow(long serviceId, String facet, String code) {}

  /**
   * Where a service is offered: kind 'national', 'region' (code and name of the region) or
   * 'municipality' (CBS code and name, with the code of the region it is in now).
   */
  public record AreaRow(long serviceId, String kind, String code, String name, String regionCode) {}

  /** A term of the published Wegwijzer taxonomy. */
  public record TermRow(String facet, String code, int position, String nameNl, String nameEn) {}

  /** Everything published about a set of organisations, each list in its stable order. */
  public record Details(
      List<OrganisationRow> organisations,
      List<ServiceRow> services,
      List<LocationRow> locations,
      List<HoursRow> hours,
      List<PhoneRow> phones,
      List<LanguageRow> languages,
      List<CodeRow> codes,
      List<AreaRow> areas) {}
}
