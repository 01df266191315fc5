package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.model.CoordinationPeriod;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.repository.CoordinationRepository;
import nl.wegwijzer.directory.repository.MunicipalityRepository;
import nl.wegwijzer.directory.repository.RegionRepository;
import nl.wegwijzer.directory.support.PublishesContent;

/**
 * The editors' overview of who coordinates the care in each region today, and the directory's side
 * of a change to which region a municipality belongs. Coordination points and municipalities'
 * regions change only through the editorial workflow (content's kinds, four eyes), which calls
 * {@link #assignRegion} when a change is published. Every change goes into the audit trail.
 */
@ApplicationScoped
@Transactional
public class CoordinationEditing {

  private final CoordinationRepository coordinations;
  private final RegionRepository regions;
  private final MunicipalityRepository municipalities;
  private final AuditTrail audit;

  protected CoordinationEditing() {
    this(null, null, null, null);
  }

  @Inject
  public CoordinationEditing(
      CoordinationRepository coordinations,
      RegionRepository regions,
      MunicipalityRepository municipalities,
      AuditTrail audit) {
    this.coordinations = coordinations;
    this.regions = regions;
    this.municipalities = municipalities;
    this.audit = audit;
  }

  /** A region with the coordination points that serve it today (none: the national one). */
  public record RegionCoordination(
      String code,
      String name,
      List<CoordinatorView> coordinators,
      List<MunicipalityEntry> municipalities) {}

  /** A municipality in a region, with the key of its region's page in the workflow. */
  public record MunicipalityEntry(String code, String name, String slug) {}

  /** Every region in name order, with its points as of today. */
  public List<RegionCoordination> regions() {
    Map<Region, List<CoordinatorView>> today = new HashMap<>();
    for (CoordinationPeriod period : coordinations.regionalOn(CoordinatorFinder.today())) {
      period
          .regions()
          .forEach(
              r ->
                  today.computeIfAbsent(r, k -> new ArrayList<>()).add(CoordinatorView.of(period)));
    }
    return regions.all().stream().map(r -> view(r, today.getOrDefault(r, List.of()))).toList();
  }

  public RegionCoordination region(String code) {
    Region region = regions.getByCode(code);
    return view(
        region,
        coordinations.inRegionOn(region, CoordinatorFinder.today()).stream()
            .map(CoordinatorView::of)
            .toList());
  }

  private RegionCoordination view(Region region, List<CoordinatorView> coordinators) {
    return new RegionCoordination(
        region.code(),
        region.name(),
        coordinators,
        municipalities.inRegion(region).stream()
            .map(m -> new MunicipalityEntry(m.cbsCode(), m.name(), m.slug()))
            .toList());
  }

  /**
   * Checks a change of a municipality's region while an editor drafts it: the rules of {@link
   * Municipality#assign} as of today, without changing anything.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void checkRegionChange(RegionChange change) {
    Municipality municipality = municipalities.getByCbsCode(change.cbsCode());
    municipality.checkAssignment(
        regions.getByCode(change.region()),
        change.validFrom(),
        LocalDate.now(AuditTrail.ZONE),
        change.confirmed(),
        change.note());
  }

  /**
   * Puts a municipality in a region from a day, as a second editor approved it in the workflow
   * (content's municipality region kind, the one way to change it): a move from a later day leaves
   * every lookup for today on the current region until then (RegionCalendar follows it that night);
   * the same region from the current version's day confirms that version with its source.
   */
  @PublishesContent
  public MunicipalityView assignRegion(RegionChange change, String actor) {
    Municipality municipality = municipalities.getByCbsCode(change.cbsCode());
    Region from = municipality.regionOn(change.validFrom()).orElse(municipality.region());
    Region to = regions.getByCode(change.region());
    municipality.assign(
        to,
        change.validFrom(),
        LocalDate.now(AuditTrail.ZONE),
        change.confirmed(),
        change.source(),
        change.note());
    audit.record(
        actor,
        AuditAction.MUNICIPALITY_MOVED,
        "municipality " + municipality.cbsCode() + " " + municipality.name(),
        from.code()
            + " -> "
            + to.code()
            + " from "
            + change.validFrom()
            + (change.confirmed() ? ", confirmed: " : ", unconfirmed: ")
            + change.source());
    municipalities.flush();
    return MunicipalityView.of(municipality);
  }
}
