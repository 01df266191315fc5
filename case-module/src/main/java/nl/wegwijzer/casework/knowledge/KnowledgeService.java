package nl.wegwijzer.casework.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijzer.casework.service.Actor;
import nl.wegwijzer.casework.service.ActorRegions;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * The register of knowledge transfer: coordinators record, read, correct and withdraw the
 * trainings, presentations and advice of their own regions; an entry of another region does not
 * exist for them (NotFound). The counts serve the region's report (its coordinators) and the
 * national overview (editors, beside the bottlenecks).
 */
@ApplicationScoped
@Transactional
public class KnowledgeService {

  /** Days are Dutch ones. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** How far back an activity may lie. */
  public static final int MAX_YEARS_BACK = 10;

  private final KnowledgeRepository activities;
  private final ActorRegions regions;
  private final PlaceService places;

  protected KnowledgeService() {
    this(null, null, null);
  }

  @Inject
  public KnowledgeService(
      KnowledgeRepository activities, ActorRegions regions, PlaceService places) {
    this.activities = activities;
    this.regions = regions;
    this.places = places;
  }

  public KnowledgeView record(Actor actor, KnowledgeEntry entry) {
    Region region = regions.own(actor, entry.region());
    return KnowledgeView.of(
        activities.add(new KnowledgeActivity(region, described(entry), actor.username())));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public KnowledgeView get(Actor actor, long id) {
    return KnowledgeView.of(own(actor, id));
  }

  /** The entries of the actor's regions, latest first, paged in SQL. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<KnowledgeView> list(Actor actor, PageRequest page) {
    return activities.inRegions(actor.regions(), page).map(KnowledgeView::of);
  }

  /** Corrects an entry; its region stays. */
  public KnowledgeView correct(Actor actor, long id, long version, KnowledgeEntry entry) {
    KnowledgeActivity activity = own(actor, id);
    activity.requireVersion(version);
    activity.correct(described(entry), actor.username());
    activities.flush();
    return KnowledgeView.of(activity);
  }

  public void withdraw(Actor actor, long id, long version) {
    KnowledgeActivity activity = own(actor, id);
    activity.requireVersion(version);
    activities.remove(activity);
  }

  /** The counts of one of the actor's regions; another region is not found. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public KnowledgeFigures regionFigures(
      Actor actor, String region, LocalDate from, LocalDate until) {
    RegionView view = RegionView.of(regions.own(actor, region));
    return figures(List.of(view), view.code(), from, until);
  }

  /**
   * The counts of every region for the national overview, or of the one region asked for (a code,
   * null for all); both days included.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public KnowledgeFigures nationalFigures(String region, LocalDate from, LocalDate until) {
    if (region == null) {
      return figures(places.regions(), null, from, until);
    }
    RegionView one =
        places
            .findRegion(region)
            .map(RegionView::of)
            .orElseThrow(() -> new InvalidInputException("region", "is not a known region code"));
    return figures(List.of(one), one.code(), from, until);
  }

  private KnowledgeFigures figures(
      List<RegionView> counted, String region, LocalDate from, LocalDate until) {
    if (from == null || until == null) {
      throw new InvalidInputException(from == null ? "from" : "until", "is required");
    }
    if (until.isBefore(from)) {
      throw new InvalidInputException("until", "the end of the period lies before its start");
    }
    List<ActivityKind> kinds = Arrays.asList(ActivityKind.values());
    Map<String, long[]> perRegionKind = new HashMap<>();
    for (KnowledgeRepository.KindCount count : activities.perKind(from, until, region)) {
      perRegionKind.put(
          count.region() + "|" + count.kind(),
          new long[] {count.activities(), count.participants()});
    }
    List<KnowledgeFigures.RegionRow> rows =
        counted.stream()
            .map(
                r -> {
                  List<Long> perKind =
                      kinds.stream()
                          .map(k -> perRegionKind.getOrDefault(key(r, k), new long[2])[0])
                          .toList();
                  long participants =
                      kinds.stream()
                          .mapToLong(k -> perRegionKind.getOrDefault(key(r, k), new long[2])[1])
                          .sum();
                  return new KnowledgeFigures.RegionRow(
                      r.code(),
                      r.name(),
                      perKind,
                      perKind.stream().mapToLong(Long::longValue).sum(),
                      participants);
                })
            .toList();
    Map<String, Long> perForm = new LinkedHashMap<>();
    for (ExploitationForm form : ExploitationForm.values()) {
      perForm.put(form.code(), 0L);
    }
    for (KnowledgeRepository.FormCount count : activities.perForm(from, until, region)) {
      perForm.put(ExploitationForm.valueOf(count.form()).code(), count.activities());
    }
    return new KnowledgeFigures(
        region,
        from,
        until,
        kinds.stream().map(Coded::code).toList(),
        rows,
        perForm,
        rows.stream().mapToLong(KnowledgeFigures.RegionRow::activities).sum(),
        rows.stream().mapToLong(KnowledgeFigures.RegionRow::participants).sum());
  }

  private static String key(RegionView region, ActivityKind kind) {
    return region.code() + "|" + kind.name();
  }

  private KnowledgeActivity own(Actor actor, long id) {
    KnowledgeActivity activity = activities.getById(id);
    if (!actor.covers(activity.region())) {
      throw new NotFoundException("knowledge", String.valueOf(id));
    }
    return activity;
  }

  private static KnowledgeActivity.Described described(KnowledgeEntry entry) {
    ActivityKind kind =
        blank(entry.kind()) ? null : Coded.parse(ActivityKind.class, "kind", entry.kind());
    Audience audience =
        blank(entry.audience()) ? null : Coded.parse(Audience.class, "audience", entry.audience());
    LocalDate today = LocalDate.now(ZONE);
    if (entry.givenOn() != null
        && (entry.givenOn().isAfter(today)
            || entry.givenOn().isBefore(today.minusYears(MAX_YEARS_BACK)))) {
      throw new InvalidInputException(
          "givenOn", "lies in the future or more than " + MAX_YEARS_BACK + " years back");
    }
    if (entry.participants() == null) {
      throw new InvalidInputException("participants", "is required");
    }
    Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
    for (String form : entry.forms()) {
      forms.add(Coded.parse(ExploitationForm.class, "forms", form));
    }
    return new KnowledgeActivity.Described(
        kind,
        entry.givenOn(),
        audience,
        entry.organisation(),
        entry.participants(),
        entry.topic(),
        forms);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
