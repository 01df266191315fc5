package nl.wegwijzer.directory.service;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import nl.wegwijzer.directory.model.AccessRoute;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.AreaScope;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.NationalityGroup;

/**
 * A whole organisation profile as it is registered or replaced: regions by code, municipalities by
 * CBS code. The shape of the demo data file and of an editor's form. {@code descriptionEn} (and a
 * service's {@code nameEn} and {@code descriptionEn}) are the optional English beside the Dutch.
 */
public record OrganisationRegistration(
    String slug,
    String name,
    String description,
    String website,
    String email,
    List<String> languages,
    List<PhoneEntry> phones,
    List<LocationEntry> locations,
    List<ServiceEntry> services,
    String descriptionEn) {

  public OrganisationRegistration {
    languages = languages == null ? List.of() : List.copyOf(languages);
    phones = phones == null ? List.of() : List.copyOf(phones);
    locations = locations == null ? List.of() : List.copyOf(locations);
    services = services == null ? List.of() : List.copyOf(services);
  }

  /** A phone line. */
  public record PhoneEntry(String number, String label, boolean available24x7) {}

  /** A location; {@code municipality} is a CBS code. */
  public record LocationEntry(
      String name,
      String street,
      String postcode,
      String city,
      String municipality,
      boolean confidential,
      List<HoursEntry> hours) {}

  /** Opening hours on one day, times as 'HH:mm'. */
  public record HoursEntry(DayOfWeek day, String opens, String closes) {}

  /** A service. */
  public record ServiceEntry(
      String name,
      String description,
      CareNeed careNeed,
      AccessRoute access,
      Set<AgeGroup> ageGroups,
      Set<Gender> genders,
      Set<NationalityGroup> nationalityGroups,
      Set<ExploitationForm> forms,
      AreaEntry area,
      String nameEn,
      String descriptionEn) {}

  /** Where a service is offered: region codes or CBS codes, depending on the scope. */
  public record AreaEntry(AreaScope scope, List<String> regions, List<String> municipalities) {}
}
