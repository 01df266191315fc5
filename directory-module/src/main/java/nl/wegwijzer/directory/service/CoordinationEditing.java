package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.model.Coordination;
import nl.wegwijzer.directory.model.CoordinatorContact;
import nl.wegwijzer.directory.model.CoordinatorScope;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.repository.CoordinationRepository;
import nl.wegwijzer.directory.repository.MunicipalityRepository;
import nl.wegwijzer.directory.repository.RegionRepository;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PublishesContent;

/**
 * The editors' changes to who coordinates the care in a region and to which region a municipality
 * belongs. Each change names the version the editor saw: a change made in the meantime by someone
 * else wins and this one is refused. Every change goes into the audit trail.
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

  /** A region with its coordination (version 0 and no contacts when it has none yet). */
  public record RegionCoordination(
      String code,
      String name,
      long version,
      Integer splitAge,
      List<CoordinatorView> coordinators,
      List<MunicipalityEntry> municipalities) {}

  /** A municipality in a region, with the version a move must name. */
  public record MunicipalityEntry(String code, String name, long version) {}

  /** Every region in name order. */
  public List<RegionCoordination> regions() {
    return regions.all().stream().map(this::view).toList();
  }

  public RegionCoordination region(String code) {
    return view(regions.getByCode(code));
  }

  private RegionCoordination view(Region region) {
    var coordination = coordinations.findForRegion(region);
    return new RegionCoordination(
        region.code(),
        region.name(),
        coordination.map(Coordination::version).orElse(0L),
        coordination.flatMap(Coordination::splitAge).orElse(null),
        coordination
            .map(c -> c.contacts().values().stream().map(CoordinatorView::of).toList())
            .orElse(List.of()),
        municipalities.inRegion(region).stream()
            .map(m -> new MunicipalityEntry(m.cbsCode(), m.name(), m.version()))
            .toList());
  }

  /**
   * Sets a region's coordinators: one for all ages ({@code splitAge} null) or one below and one
   * from {@code splitAge}, in that order.
   */
  @PublishesContent
  public RegionCoordination change(
      String regionCode,
      long seenVersion,
      Integer splitAge,
      List<CoordinationSetup.Contact> contacts,
      String actor) {
    Region region = regions.getByCode(regionCode);
    List<CoordinationSetup.Contact> given = contacts == null ? List.of() : contacts;
    int needed = splitAge == null ? 1 : 2;
    if (given.size() < needed) {
      throw new InvalidInputException("coordinators", needed + " coordinators are needed");
    }
    List<CoordinatorContact> made = new ArrayList<>();
    List<CoordinatorScope> scopes =
        splitAge == null
            ? List.of(CoordinatorScope.ALL)
            : List.of(CoordinatorScope.BELOW_SPLIT, CoordinatorScope.FROM_SPLIT);
    for (int i = 0; i < needed; i++) {
      CoordinationSetup.Contact c = Objects.requireNonNull(given.get(i), "contact");
      made.add(
          new CoordinatorContact(
              scopes.get(i), c.organisation(), c.phone(), c.email(), c.website()));
    }
    var existing = coordinations.findForRegion(region);
    long current = existing.map(Coordination::version).orElse(0L);
    if (current != seenVersion) {
      throw new ConflictException("coordination " + regionCode);
    }
    Coordination coordination;
    if (existing.isPresent()) {
      coordination = existing.get();
      coordinations.lockForChange(coordination);
    } else {
      coordination = coordinations.add(Coordination.forRegion(region, all(made.get(0))));
    }
    if (splitAge == null) {
      coordination.assignSingle(made.get(0));
    } else {
      coordination.assignSplit(splitAge, made.get(0), made.get(1));
    }
    audit.record(
        actor,
        AuditAction.COORDINATION_CHANGED,
        "region " + region.code(),
        (splitAge == null ? "" : "split at " + splitAge + ": ")
            + made.stream()
                .map(c -> c.appliesTo().code() + " " + c.organisation() + " " + c.phone())
                .collect(Collectors.joining("; ")));
    coordinations.flush();
    return view(region);
  }

  private static CoordinatorContact all(CoordinatorContact contact) {
    return new CoordinatorContact(
        CoordinatorScope.ALL,
        contact.organisation(),
        contact.phone(),
        contact.email(),
        contact.website());
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
