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
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PublishesContent;

/**
 * The editors' overview of who coordinates the care in each region today, and their changes to
 * which region a municipality belongs. A coordination point itself changes only through the
 * editorial workflow (content's coordination kind), never here. A move names the version the editor
 * saw: a change made in the meantime by someone else wins and this one is refused. Every move goes
 * into the audit trail.
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

  /** A municipality in a region, with the version a move must name. */
  public record MunicipalityEntry(String code, String name, long version) {}

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
            .map(m -> new MunicipalityEntry(m.cbsCode(), m.name(), m.version()))
            .toList());
  }

  /** Moves a municipality to another region; its coordinator is then that region's. */
  @PublishesContent
  public MunicipalityView move(String cbsCode, long seenVersion, String toRegion, String actor) {
    Municipality municipality = municipalities.getByCbsCode(cbsCode);
    if (municipality.version() != seenVersion) {
      throw new ConflictException("municipality " + cbsCode);
    }
    Region from = municipality.region();
    Region to = regions.getByCode(toRegion);
    if (from.equals(to)) {
      throw new InvalidInputException("region", "the municipality is already in " + toRegion);
    }
    LocalDate today = LocalDate.now();
    municipality.moveTo(to, today, today, "editor " + actor);
    audit.record(
        actor,
        AuditAction.MUNICIPALITY_MOVED,
        "municipality " + municipality.cbsCode() + " " + municipality.name(),
        from.code() + " -> " + to.code());
    municipalities.flush();
    return MunicipalityView.of(municipality);
  }
}
