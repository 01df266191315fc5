package nl.wegwijzer.directory.testing;

import java.util.List;
import java.util.Set;
import nl.wegwijzer.directory.model.AccessRoute;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.AreaScope;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.service.OrganisationRegistration;
import nl.wegwijzer.directory.service.OrganisationRegistration.AreaEntry;
import nl.wegwijzer.directory.service.OrganisationRegistration.ServiceEntry;

/** Small, readable organisations for tests. */
public final class Fixtures {

  private Fixtures() {}

  public static OrganisationRegistration organisation(
      String slug, String name, String description, ServiceEntry... services) {
    return new OrganisationRegistration(
        slug,
        name,
        description,
        "https://" + slug + ".example",
        "info@" + slug + ".example",
        List.of("nl", "en"),
        List.of(new OrganisationRegistration.PhoneEntry("0118-000 100", "Algemeen", false)),
        List.of(),
        List.of(services),
        null);
  }

  public static ServiceEntry service(
      CareNeed need, Set<AgeGroup> ages, Set<ExploitationForm> forms, AreaEntry area) {
    return new ServiceEntry(
        need.name().toLowerCase().replace('_', ' '),
        "Hulp bij " + need.name().toLowerCase(),
        need,
        AccessRoute.DIRECT,
        ages,
        Set.of(Gender.FEMALE, Gender.MALE, Gender.X),
        Set.of(NationalityGroup.DUTCH, NationalityGroup.EU, NationalityGroup.NON_EU),
        forms,
        area,
        null,
        null);
  }

  public static AreaEntry national() {
    return new AreaEntry(AreaScope.NATIONAL, List.of(), List.of());
  }

  public static AreaEntry regions(String... codes) {
    return new AreaEntry(AreaScope.REGIONS, List.of(codes), List.of());
  }

  public static AreaEntry municipalities(String... cbsCodes) {
    return new AreaEntry(AreaScope.MUNICIPALITIES, List.of(), List.of(cbsCodes));
  }

  public static final Set<AgeGroup> EVERY_AGE = Set.of(AgeGroup.MINOR, AgeGroup.ADULT);
  public static final Set<ExploitationForm> EVERY_FORM = Set.of(ExploitationForm.values());
}
