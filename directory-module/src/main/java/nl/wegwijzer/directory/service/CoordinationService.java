package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wegwijzer.directory.model.CoordinationPoint;
import nl.wegwijzer.directory.model.CoordinationTerms;
import nl.wegwijzer.directory.model.CoordinatorContact;
import nl.wegwijzer.directory.model.CoordinatorScope;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.repository.CoordinationRepository;
import nl.wegwijzer.directory.repository.RegionRepository;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PublishesContent;

/**
 * The coordination points as the editorial workflow changes them (content's coordination kind is
 * the only caller that changes a published point), and the demo data's first setup.
 */
@ApplicationScoped
@Transactional
public class CoordinationService {

  /** The demo points' slugs, as the migration of the old rows (directory V25) names them. */
  private static final Map<CoordinatorScope, String> SLUG_SUFFIX =
      Map.of(
          CoordinatorScope.ALL, "",
          CoordinatorScope.BELOW_SPLIT, "-jongeren",
          CoordinatorScope.FROM_SPLIT, "-volwassenen");

  private final CoordinationRepository coordinations;
  private final RegionRepository regions;

  protected CoordinationService() {
    this(null, null);
  }

  @Inject
  public CoordinationService(CoordinationRepository coordinations, RegionRepository regions) {
    this.coordinations = coordinations;
    this.regions = regions;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<CoordinationPoint> find(String slug) {
    return coordinations.findBySlug(slug);
  }

  /** Whether the national fallback is set: coordination was set up before. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean hasNational() {
    return coordinations.findNational().isPresent();
  }

  /** Checks a registration as {@link #create} and {@link #change} would, changing nothing. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void check(CoordinationRegistration registration) {
    terms(registration);
  }

  /** A new point, not yet public; the workflow publishes it. */
  public CoordinationPoint create(CoordinationRegistration registration) {
    return coordinations.add(
        new CoordinationPoint(
            registration.slug(),
            registration.title(),
            registration.national(),
            terms(registration)));
  }

  /** Puts a registration in force on the point from its first day (see the point's rules). */
  public CoordinationPoint change(CoordinationPoint point, CoordinationRegistration registration) {
    if (point.isNational() != registration.national()) {
      throw new InvalidInputException("national", "a point stays national or regional");
    }
    point.change(registration.title(), terms(registration));
    coordinations.flush();
    return point;
  }

  @PublishesContent
  public void publish(CoordinationPoint point) {
    point.publish();
  }

  @PublishesContent
  public void archive(CoordinationPoint point) {
    point.archive();
  }

  private CoordinationTerms terms(CoordinationRegistration r) {
    Set<Region> served = new LinkedHashSet<>();
    r.regions().forEach(code -> served.add(regions.getByCode(code)));
    return new CoordinationTerms(
        r.validFrom(),
        r.validUntil(),
        r.covers() == null ? CoordinatorScope.ALL : r.covers(),
        r.splitAge(),
        served,
        new CoordinatorContact(
            r.organisation(), r.contactName(), r.phone(), r.email(), r.website()));
  }

  /**
   * Sets up the national point and one point per contact of each region listed, in force from
   * {@code from} and published; a point that exists already is left as it is. For the demo data,
   * which predates the workflow.
   */
  @PublishesContent
  public void apply(CoordinationSetup setup, LocalDate from) {
    CoordinationSetup.Contact national = setup.national();
    if (national == null) {
      throw new InvalidInputException("national", "contact details are missing");
    }
    add(
        new CoordinationRegistration(
            "landelijk",
            national.organisation(),
            true,
            from,
            null,
            CoordinatorScope.ALL,
            null,
            List.of(),
            national.organisation(),
            national.name(),
            national.phone(),
            national.email(),
            national.website()));
    for (CoordinationSetup.RegionEntry entry : setup.regions()) {
      if (entry.coordinators().isEmpty()) {
        throw new InvalidInputException("coordinators", "region " + entry.region() + " has none");
      }
      for (CoordinationSetup.Contact c : entry.coordinators()) {
        CoordinatorScope scope = c.appliesTo() == null ? CoordinatorScope.ALL : c.appliesTo();
        add(
            new CoordinationRegistration(
                entry.region() + SLUG_SUFFIX.get(scope),
                c.organisation(),
                false,
                from,
                null,
                scope,
                scope == CoordinatorScope.ALL ? null : entry.splitAge(),
                List.of(entry.region()),
                c.organisation(),
                c.name(),
                c.phone(),
                c.email(),
                c.website()));
      }
    }
  }

  private void add(CoordinationRegistration registration) {
    if (coordinations.findBySlug(registration.slug()).isEmpty()) {
      create(registration).publish();
    }
  }
}
