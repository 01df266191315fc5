package nl.wegwijzer.directory.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import nl.wegwijzer.directory.model.CareService;
import nl.wegwijzer.directory.model.Location;
import nl.wegwijzer.directory.model.OpeningHours;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.model.Phone;
import nl.wegwijzer.directory.support.Coded;

/**
 * An organisation's public profile. Confidential locations carry no address: street, postcode and
 * city are null for them, whatever the database holds. The English texts ({@code descriptionEn}, a
 * service's {@code nameEn} and {@code descriptionEn}) are null where an editor has not written
 * them.
 */
public record OrganisationProfile(
    String slug,
    String name,
    String description,
    String website,
    String email,
    boolean demo,
    LocalDate lastVerifiedOn,
    List<String> languages,
    List<PhoneView> phones,
    List<LocationView> locations,
    List<ServiceView> services,
    long version,
    String descriptionEn) {

  static OrganisationProfile of(Organisation organisation) {
    return new OrganisationProfile(
        organisation.slug(),
        organisation.name(),
        organisation.description(),
        organisation.website(),
        organisation.email(),
        organisation.isDemo(),
        organisation.lastVerifiedOn(),
        organisation.languages().stream().sorted().toList(),
        organisation.phones().stream().map(PhoneView::of).toList(),
        organisation.locations().stream().map(LocationView::of).toList(),
        organisation.services().stream().map(ServiceView::of).toList(),
        organisation.version(),
        organisation.descriptionEn());
  }

  public boolean has24x7Line() {
    return phones.stream().anyMatch(PhoneView::available24x7);
  }

  /** A phone line. */
  public record PhoneView(String number, String label, boolean available24x7) {
    static PhoneView of(Phone phone) {
      return new PhoneView(phone.number(), phone.label(), phone.available24x7());
    }
  }

  /** A location; address fields are null when it is confidential. */
  public record LocationView(
      String name,
      boolean confidential,
      String street,
      String postcode,
      String city,
      List<HoursView> hours) {
    static LocationView of(Location location) {
      Location.Address address = location.publicAddress().orElse(null);
      return new LocationView(
          location.name(),
          location.isConfidential(),
          address == null ? null : address.street(),
          address == null ? null : address.postcode(),
          location.publicCity().orElse(null),
          location.isConfidential()
              ? List.of()
              : location.hours().stream().map(HoursView::of).toList());
    }
  }

  /** Opening hours on one day; {@code day} is 'monday' … 'sunday'. */
  public record HoursView(String day, String opens, String closes) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static HoursView of(OpeningHours hours) {
      return new HoursView(
          hours.day().name().toLowerCase(java.util.Locale.ROOT),
          TIME.format(hours.opens()),
          TIME.format(hours.closes()));
    }
  }

  /** A service, with all its codes ('shelter', 'via-coordinator', 'minor', …). */
  public record ServiceView(
      String name,
      String description,
      String careNeed,
      String access,
      List<String> ageGroups,
      List<String> genders,
      List<String> nationalityGroups,
      List<String> forms,
      String areaScope,
      List<RegionView> regions,
      List<MunicipalityView> municipalities,
      String nameEn,
      String descriptionEn) {
    static ServiceView of(CareService service) {
      return new ServiceView(
          service.name(),
          service.description(),
          service.careNeed().code(),
          service.access().code(),
          codes(service.ageGroups()),
          codes(service.genders()),
          codes(service.nationalityGroups()),
          codes(service.forms()),
          service.areaScope().code(),
          service.regions().stream()
              .sorted(Comparator.comparing(r -> r.name()))
              .map(RegionView::of)
              .toList(),
          service.municipalities().stream()
              .sorted(Comparator.comparing(m -> m.name()))
              .map(MunicipalityView::of)
              .toList(),
          service.nameEn(),
          service.descriptionEn());
    }

    private static <E extends Enum<E> & Coded> List<String> codes(java.util.Set<E> values) {
      return values.stream().sorted().map(Coded::code).toList();
    }
  }
}
