package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.directory.model.CoordinationPeriod;
import nl.wegwijzer.directory.model.CoordinationPoint;
import nl.wegwijzer.directory.model.CoordinatorContact;
import nl.wegwijzer.directory.model.CoordinatorScope;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.service.CoordinationRegistration;
import nl.wegwijzer.directory.service.CoordinationService;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;

/**
 * Coordination points, for the workflow. A version holds the terms that its publication puts in
 * force from {@code validFrom}: the regions, the age band, the contact. Publishing it ends the
 * point's version before it on the day before (see {@link CoordinationPoint#change}); so a change
 * approved today for next month is invisible to the lookup until that day, while {@code ?on=}
 * already answers with it for that day.
 */
@ApplicationScoped
public class CoordinationPointKind extends ReferenceDataKind<LiveCoordinationPoint> {

  private final CoordinationService registry;
  private final PlaceService places;

  protected CoordinationPointKind() {
    this(null, null);
  }

  @Inject
  public CoordinationPointKind(CoordinationService registry, PlaceService places) {
    super(EditorialKind.COORDINATION_POINT, "directory.coordination_point");
    this.registry = registry;
    this.places = places;
  }

  @Override
  public List<FieldSpec> fields() {
    return List.of(
        FieldSpec.slug(),
        FieldSpec.line("title", true, 200),
        FieldSpec.flag("national"),
        FieldSpec.choices(
            "regions", TextKinds.options(places.regions(), RegionView::code, RegionView::name)),
        FieldSpec.choice("covers", true, TextKinds.codes(CoordinatorScope.class)),
        new FieldSpec("splitAge", FieldSpec.Type.NUMBER, false, 2, List.of()),
        FieldSpec.line("organisation", true, 200),
        FieldSpec.line("contactName", false, 200),
        FieldSpec.line("phone", true, 40),
        FieldSpec.line("email", false, 200),
        FieldSpec.line("website", false, 300),
        FieldSpec.date("validFrom"),
        new FieldSpec("validUntil", FieldSpec.Type.DATE, false, 10, List.of()));
  }

  @Override
  public Optional<LiveCoordinationPoint> live(String slug) {
    return registry.find(slug).map(p -> new LiveCoordinationPoint(p, registry));
  }

  @Override
  public Long idOf(LiveCoordinationPoint live) {
    return live.point().id();
  }

  /** The latest version's terms: a new version starts from them. */
  @Override
  public Fields snapshot(LiveCoordinationPoint live) {
    CoordinationPoint point = live.point();
    CoordinationPeriod latest = point.latest();
    CoordinatorContact contact = latest.contact();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", point.title());
    values.put("national", Boolean.toString(point.isNational()));
    values.put(
        "regions",
        latest.regions().stream().map(Region::code).sorted().collect(Collectors.joining(", ")));
    values.put("covers", latest.covers().code());
    values.put("splitAge", latest.splitAge().map(String::valueOf).orElse(null));
    values.put("organisation", contact.organisation());
    values.put("contactName", contact.name());
    values.put("phone", contact.phone());
    values.put("email", contact.email());
    values.put("website", contact.website());
    values.put("validFrom", latest.validFrom().toString());
    values.put("validUntil", latest.validUntil().map(LocalDate::toString).orElse(null));
    return new Fields(values);
  }

  @Override
  public List<FieldProblem> check(Fields fields, String slug, boolean complete) {
    List<FieldProblem> problems = new ArrayList<>(super.check(fields, slug, complete));
    String phone = fields.optional("phone");
    if (phone != null && !OrganisationKind.PHONE.matcher(phone.strip()).matches()) {
      problems.add(FieldProblem.of("phone", "phone-format"));
    }
    String email = fields.optional("email");
    if (email != null && !OrganisationKind.EMAIL.matcher(email.strip()).matches()) {
      problems.add(FieldProblem.of("email", "email-format"));
    }
    String website = fields.optional("website");
    if (website != null && !website.strip().matches("^https?://\\S+$")) {
      problems.add(FieldProblem.of("website", "website-format"));
    }
    return problems;
  }

  /**
   * The rules of a point's terms (an age band names its split age, the national point serves no
   * region and every age, a regional one at least one region, no end before the start) and of its
   * history: a version may not start before the latest one.
   */
  @Override
  public List<FieldProblem> checkItem(Fields fields, String slug) {
    try {
      CoordinationRegistration registration = registration(fields, slug);
      registry.check(registration);
      Optional<CoordinationPoint> live = registry.find(slug);
      if (live.isPresent()) {
        LocalDate latest = live.get().latest().validFrom();
        if (registration.validFrom().isBefore(latest)) {
          return List.of(FieldProblem.of("validFrom", "before-latest-version"));
        }
        if (live.get().isNational() != registration.national()) {
          return List.of(FieldProblem.of("national", "national-fixed"));
        }
      }
      if (registration.national() != registration.regions().isEmpty()) {
        return List.of(FieldProblem.of("regions", "national-or-regions"));
      }
      if (registration.national() && registration.covers() != CoordinatorScope.ALL) {
        return List.of(FieldProblem.of("covers", "national-all-ages"));
      }
      return List.of();
    } catch (InvalidInputException e) {
      String field = e.field();
      return List.of(
          FieldProblem.of(
              field,
              field.equals("splitAge") || field.equals("validUntil")
                  ? "coordination-" + field
                  : "coordination-invalid"));
    } catch (NotFoundException e) {
      return List.of(FieldProblem.of("regions", "unknown-choice"));
    }
  }

  CoordinationRegistration registration(Fields fields, String slug) {
    String splitAge = fields.optional("splitAge");
    return new CoordinationRegistration(
        slug,
        fields.get("title"),
        "true".equals(fields.optional("national")),
        date(fields, "validFrom"),
        date(fields, "validUntil"),
        Coded.parse(CoordinatorScope.class, "covers", fields.get("covers")),
        splitAge == null || splitAge.isBlank() ? null : Integer.valueOf(splitAge.strip()),
        EditableKind.list(fields.optional("regions")),
        fields.get("organisation"),
        fields.optional("contactName"),
        fields.get("phone"),
        fields.optional("email"),
        fields.optional("website"));
  }

  @Override
  public LiveCoordinationPoint apply(
      Fields fields, String slug, Optional<LiveCoordinationPoint> live) {
    CoordinationRegistration registration = registration(fields, slug);
    if (live.isPresent()) {
      registry.change(live.get().point(), registration);
      return live.get();
    }
    return new LiveCoordinationPoint(registry.create(registration), registry);
  }

  /** The card the coordinator finder will show for the point from the version's first day. */
  @Override
  protected List<String> summaryFields() {
    return List.of("organisation", "contactName", "phone", "email", "website", "validFrom");
  }
}
