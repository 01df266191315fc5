package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.RegionAssignment;
import nl.wegwijzer.directory.service.CoordinationEditing;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionChange;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;

/**
 * The region a municipality is in, for the workflow; the item's key is the municipality's URL key
 * ('sudwest-fryslan'). A version says the region from a day, the source and whether it confirms it.
 * Its publication adds that dated assignment (see {@link CoordinationEditing#assignRegion}): a move
 * approved today for next month leaves every lookup for today on the current region until that day.
 * The same region from the current assignment's day confirms that assignment with its source.
 */
@ApplicationScoped
public class MunicipalityRegionKind extends ReferenceDataKind<LiveMunicipalityRegion> {

  /** Who the directory's audit trail names; the workflow's own trail names the approver. */
  private static final String ACTOR = "editorial workflow";

  private final CoordinationEditing editing;
  private final PlaceService places;

  protected MunicipalityRegionKind() {
    this(null, null);
  }

  /** Its table is a view with one published row per municipality (directory V40). */
  @Inject
  public MunicipalityRegionKind(CoordinationEditing editing, PlaceService places) {
    super(EditorialKind.MUNICIPALITY_REGION, "directory.municipality_region_item");
    this.editing = editing;
    this.places = places;
  }

  @Override
  public List<FieldSpec> fields() {
    return List.of(
        FieldSpec.slug(),
        FieldSpec.line("title", true, 120),
        FieldSpec.choice(
            "region",
            true,
            TextKinds.options(places.regions(), RegionView::code, RegionView::name)),
        FieldSpec.date("validFrom"),
        FieldSpec.line("source", true, 300),
        FieldSpec.flag("confirmed"),
        FieldSpec.text("note", false, 1000));
  }

  @Override
  public Optional<LiveMunicipalityRegion> live(String slug) {
    return places.municipalityBySlug(slug).map(LiveMunicipalityRegion::new);
  }

  @Override
  public Long idOf(LiveMunicipalityRegion live) {
    return live.municipality().id();
  }

  /** The latest assignment: confirming it keeps its region and day, a move changes both. */
  @Override
  public Fields snapshot(LiveMunicipalityRegion live) {
    Municipality municipality = live.municipality();
    List<RegionAssignment> assignments = municipality.assignments();
    RegionAssignment latest = assignments.get(assignments.size() - 1);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", municipality.name());
    values.put("region", latest.region().code());
    values.put("validFrom", latest.validFrom().toString());
    values.put("source", latest.source());
    values.put("confirmed", Boolean.toString(latest.confirmed()));
    values.put("note", latest.note().orElse(null));
    return new Fields(values);
  }

  /** The municipality must exist under its name; its change follows the rules of assignments. */
  @Override
  public List<FieldProblem> checkItem(Fields fields, String slug) {
    Optional<Municipality> municipality = places.municipalityBySlug(slug);
    if (municipality.isEmpty()) {
      return List.of(FieldProblem.of("slug", "unknown-municipality"));
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (!municipality.get().name().equals(fields.optional("title"))) {
      problems.add(FieldProblem.of("title", "municipality-name-fixed"));
    }
    try {
      editing.checkRegionChange(change(fields, municipality.get()));
    } catch (InvalidInputException e) {
      problems.add(FieldProblem.of(e.field(), "region-change-" + e.field()));
    } catch (NotFoundException e) {
      problems.add(FieldProblem.of("region", "unknown-choice"));
    }
    return problems;
  }

  private static RegionChange change(Fields fields, Municipality municipality) {
    return new RegionChange(
        municipality.cbsCode(),
        fields.get("region"),
        date(fields, "validFrom"),
        "true".equals(fields.optional("confirmed")),
        fields.optional("source"),
        fields.optional("note"));
  }

  @Override
  public LiveMunicipalityRegion apply(
      Fields fields, String slug, Optional<LiveMunicipalityRegion> live) {
    Municipality municipality =
        live.map(LiveMunicipalityRegion::municipality)
            .orElseThrow(() -> new NotFoundException("municipality", slug));
    editing.assignRegion(change(fields, municipality), ACTOR);
    return live.get();
  }

  /** What the coordinator finder will answer for the place: its region, from which day. */
  @Override
  protected List<String> summaryFields() {
    return List.of("region", "validFrom", "source", "note");
  }
}
