package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.model.CareService;
import nl.wegwijzer.directory.model.Location;
import nl.wegwijzer.directory.model.OpeningHours;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.model.Phone;
import nl.wegwijzer.directory.repository.MunicipalityRepository;
import nl.wegwijzer.directory.repository.OrganisationRepository;
import nl.wegwijzer.directory.repository.RegionRepository;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * Registering and changing organisations in the directory. Every change ends with the
 * organisation's search row brought up to date in the same transaction.
 */
@ApplicationScoped
@Transactional
public class OrganisationService {

  private final OrganisationRepository organisations;
  private final RegionRepository regions;
  private final MunicipalityRepository municipalities;

  protected OrganisationService() {
    this(null, null, null);
  }

  @Inject
  public OrganisationService(
      OrganisationRepository organisations,
      RegionRepository regions,
      MunicipalityRepository municipalities) {
    this.organisations = organisations;
    this.regions = regions;
    this.municipalities = municipalities;
  }

  /** Registers a new organisation; the slug must be free. */
  public String register(OrganisationRegistration registration, boolean demo) {
    if (organisations.findBySlug(registration.slug()).isPresent()) {
      throw new InvalidInputException("slug", "'" + registration.slug() + "' is already in use");
    }
    Organisation organisation = organisations.add(build(registration, demo));
    organisations.reindex(organisation);
    return organisation.slug();
  }

  /**
   * Registers many new organisations at once (an import), with one flush and one refresh of their
   * search rows; every rule of {@link #register} holds for each.
   */
  public int registerAll(List<OrganisationRegistration> registrations, boolean demo) {
    Set<String> slugs = new HashSet<>();
    for (OrganisationRegistration registration : registrations) {
      if (!slugs.add(registration.slug())) {
        throw new InvalidInputException("slug", "'" + registration.slug() + "' is already in use");
      }
    }
    // One query for every slug before anything is stored: a query between the inserts would make
    // the persistence context flush each time.
    organisations.slugsInUse(slugs).stream()
        .findFirst()
        .ifPresent(
            slug -> {
              throw new InvalidInputException("slug", "'" + slug + "' is already in use");
            });
    // Every profile is built (its regions and municipalities looked up) before the first is
    // persisted: each lookup is a query, which would otherwise flush the organisations persisted so
    // far, comparing every one of them again each time.
    List<Organisation> built = registrations.stream().map(r -> build(r, demo)).toList();
    List<Organisation> added = new ArrayList<>(built.size());
    for (Organisation organisation : built) {
      added.add(organisations.add(organisation));
    }
    organisations.reindex(added);
    return added.size();
  }

  /**
   * Checks a whole profile against the organisation's own rules without storing anything; a wrong
   * value is an {@link InvalidInputException} naming the field.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void check(OrganisationRegistration registration) {
    build(registration, false);
  }

  /** The organisation in any state (draft, published, archived), to change or to refer to. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Organisation> find(String slug) {
    return organisations.findBySlug(slug);
  }

  /** Stores a new organisation from an editor's approved profile; the caller publishes it. */
  public Organisation create(OrganisationRegistration registration) {
    if (organisations.findBySlug(registration.slug()).isPresent()) {
      throw new InvalidInputException("slug", "'" + registration.slug() + "' is already in use");
    }
    Organisation organisation = organisations.add(build(registration, false));
    organisations.reindex(organisation);
    return organisation;
  }

  /** Replaces everything an editor can change about an existing organisation. */
  public void replace(Organisation organisation, OrganisationRegistration registration) {
    fill(organisation, registration);
    organisations.reindex(organisation);
  }

  /** Puts the profile in the public directory, verified today (an editor approved it). */
  public void publish(Organisation organisation, LocalDate today) {
    organisation.publish(today);
    organisations.reindex(organisation);
  }

  /** Takes the profile out of the public directory; it stays for the history. */
  public void archive(Organisation organisation) {
    organisation.archive();
    organisations.reindex(organisation);
  }

  private Organisation build(OrganisationRegistration registration, boolean demo) {
    Organisation organisation =
        new Organisation(
            registration.slug(), registration.name(), registration.description(), demo);
    fill(organisation, registration);
    return organisation;
  }

  private void fill(Organisation organisation, OrganisationRegistration registration) {
    organisation.describe(registration.name(), registration.description());
    organisation.describeInEnglish(registration.descriptionEn());
    organisation.changeContact(registration.website(), registration.email());
    organisation.replaceLanguages(registration.languages());
    organisation.replacePhones(
        registration.phones().stream()
            .map(p -> new Phone(p.number(), p.label(), p.available24x7()))
            .toList());
    organisation.replaceLocations(registration.locations().stream().map(this::location).toList());
    organisation.replaceServices(registration.services().stream().map(this::service).toList());
  }

  public long count() {
    return organisations.count();
  }

  private Location.LocationDetails location(OrganisationRegistration.LocationEntry entry) {
    List<OpeningHours> hours =
        entry.hours() == null
            ? List.of()
            : entry.hours().stream()
                .map(h -> new OpeningHours(h.day(), time(h.opens()), time(h.closes())))
                .toList();
    return new Location.LocationDetails(
        entry.name(),
        entry.street(),
        entry.postcode(),
        entry.city(),
        entry.municipality() == null ? null : municipalities.getByCbsCode(entry.municipality()),
        entry.confidential(),
        hours);
  }

  private CareService.ServiceDetails service(OrganisationRegistration.ServiceEntry entry) {
    OrganisationRegistration.AreaEntry area = entry.area();
    if (area == null || area.scope() == null) {
      throw new InvalidInputException("area", "say where the service is offered");
    }
    return new CareService.ServiceDetails(
        entry.name(),
        entry.description(),
        entry.careNeed(),
        entry.access(),
        entry.ageGroups(),
        entry.genders(),
        entry.nationalityGroups(),
        entry.forms(),
        area.scope(),
        codes(area.regions()).stream().map(regions::getByCode).collect(Collectors.toSet()),
        codes(area.municipalities()).stream()
            .map(municipalities::getByCbsCode)
            .collect(Collectors.toSet()),
        entry.nameEn(),
        entry.descriptionEn());
  }

  private static Set<String> codes(List<String> codes) {
    return codes == null ? Set.of() : Set.copyOf(codes);
  }

  private static LocalTime time(String text) {
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidInputException("hours", "'" + text + "' is not a time such as 09:00");
    }
  }
}
