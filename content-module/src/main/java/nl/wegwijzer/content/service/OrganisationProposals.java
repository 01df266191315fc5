package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.repository.RevisionRepository;
import nl.wegwijzer.directory.model.AreaScope;
import nl.wegwijzer.directory.service.MunicipalityView;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.support.NotFoundException;

/**
 * Coordinators know the organisations of their region best: they propose a new regional
 * organisation or a correction to the profile of one that serves their region. A proposal is a
 * version in the editors' review queue, marked as proposed; only an editor publishes it. A
 * coordinator proposes only for their own regions: a new organisation's services must serve one of
 * them, and so must the live profile a correction changes (so nobody rewrites another region's
 * organisation by proposing services in their own). The areas a proposal's services name are their
 * regions and the municipalities in them, and for a correction also those the live profile already
 * names (kept, not added): {@link #areasFor}.
 */
@ApplicationScoped
@Transactional
public class OrganisationProposals {

  private final EditorialService editorial;
  private final OrganisationKind organisations;
  private final PlaceService places;
  private final RevisionRepository revisions;

  /** The most proposals a coordinator's list shows. */
  static final int SHOWN = 100;

  protected OrganisationProposals() {
    this(null, null, null, null);
  }

  @Inject
  public OrganisationProposals(
      EditorialService editorial,
      OrganisationKind organisations,
      PlaceService places,
      RevisionRepository revisions) {
    this.editorial = editorial;
    this.organisations = organisations;
    this.places = places;
    this.revisions = revisions;
  }

  /**
   * Proposes a profile: a correction when {@code slug} names a live organisation, else a new one.
   *
   * @param note what the coordinator tells the editors about it, or null
   * @param regions the codes of the regions the coordinator coordinates
   */
  public RevisionView propose(
      String slug,
      Map<String, String> values,
      String note,
      String coordinator,
      Set<String> regions) {
    var live = organisations.live(slug);
    Fields served =
        live.map(organisations::snapshot).orElseGet(() -> organisations.clean(new Fields(values)));
    // A new profile without a service serves nobody yet: the field check says what is missing
    // (a service) rather than refusing it as another region's.
    if (live.isPresent() || !OrganisationKind.rows(served, "service").isEmpty()) {
      requireServed(served, regions);
    }
    Areas allowed = areas(live.map(organisations::snapshot), regions);
    Areas named = named(new Fields(values));
    Set<String> outside = new TreeSet<>(named.regions());
    outside.removeAll(allowed.regions());
    named.municipalities().stream()
        .filter(m -> !allowed.municipalities().contains(m))
        .forEach(outside::add);
    if (!outside.isEmpty()) {
      throw new WorkflowException(
          WorkflowException.Reason.NOT_YOUR_REGION,
          "a service names areas outside the regions " + regions + ": " + outside);
    }
    return editorial.propose(EditorialKind.ORGANISATION, slug, values, note, coordinator);
  }

  /**
   * The region and municipality codes a service may name.
   *
   * @param regions region codes
   * @param municipalities CBS codes
   */
  public record Areas(Set<String> regions, Set<String> municipalities) {
    public Areas {
      regions = Set.copyOf(regions);
      municipalities = Set.copyOf(municipalities);
    }
  }

  /**
   * What a coordinator of {@code regions} may name in the services of a proposal for {@code slug}
   * (null or unknown: a new organisation): their regions and the municipalities in them, and those
   * the live profile names already.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Areas areasFor(String slug, Set<String> regions) {
    return areas(
        slug == null ? Optional.empty() : organisations.live(slug).map(organisations::snapshot),
        regions);
  }

  private Areas areas(Optional<Fields> live, Set<String> regions) {
    Set<String> allowedRegions = new HashSet<>(regions);
    Set<String> allowedMunicipalities = new HashSet<>();
    regionOfMunicipality()
        .forEach(
            (municipality, region) -> {
              if (regions.contains(region)) {
                allowedMunicipalities.add(municipality);
              }
            });
    live.map(OrganisationProposals::named)
        .ifPresent(
            kept -> {
              allowedRegions.addAll(kept.regions());
              allowedMunicipalities.addAll(kept.municipalities());
            });
    return new Areas(allowedRegions, allowedMunicipalities);
  }

  /** The regions and municipalities the services of a profile are offered in, by their scope. */
  private static Areas named(Fields fields) {
    Set<String> regions = new HashSet<>();
    Set<String> municipalities = new HashSet<>();
    for (Map<String, String> service : OrganisationKind.rows(fields, "service").values()) {
      String scope = service.getOrDefault("scope", "");
      if (scope.equals(AreaScope.REGIONS.code())) {
        regions.addAll(EditableKind.list(service.get("regions")));
      } else if (scope.equals(AreaScope.MUNICIPALITIES.code())) {
        municipalities.addAll(EditableKind.list(service.get("municipalities")));
      }
    }
    return new Areas(regions, municipalities);
  }

  /**
   * The live profile a coordinator starts a correction from; refused for an organisation that
   * serves none of their regions, as proposing would be.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> current(String slug, Set<String> regions) {
    Fields served =
        organisations
            .live(slug)
            .map(organisations::snapshot)
            .orElseThrow(() -> new NotFoundException("organisation", slug));
    requireServed(served, regions);
    return served.asMap();
  }

  /** Whether a coordinator of {@code regions} may propose a correction to a live organisation. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean mayCorrect(String slug, Set<String> regions) {
    return organisations
        .live(slug)
        .map(organisations::snapshot)
        .filter(fields -> servesAny(fields, regions))
        .isPresent();
  }

  /** The proposals a coordinator sent, newest first, each in the state the editors left it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RevisionView> sentBy(String coordinator) {
    return revisions.proposedBy(coordinator, SHOWN).stream().map(RevisionView::of).toList();
  }

  private void requireServed(Fields served, Set<String> regions) {
    if (!servesAny(served, regions)) {
      throw new WorkflowException(
          WorkflowException.Reason.NOT_YOUR_REGION,
          "the organisation serves none of the regions " + regions);
    }
  }

  /**
   * Whether a service of the profile is offered in one of {@code regions}: in the whole region or
   * in a municipality of it. A national service is no region's own.
   */
  boolean servesAny(Fields fields, Set<String> regions) {
    Areas named = named(fields);
    Set<String> served = new HashSet<>(named.regions());
    if (!named.municipalities().isEmpty()) {
      Map<String, String> regionOf = regionOfMunicipality();
      for (String code : named.municipalities()) {
        String region = regionOf.get(code);
        if (region != null) {
          served.add(region);
        }
      }
    }
    return regions.stream().anyMatch(served::contains);
  }

  private Map<String, String> regionOfMunicipality() {
    List<MunicipalityView> all = places.municipalities(null);
    return all.stream()
        .collect(
            Collectors.toMap(MunicipalityView::code, MunicipalityView::regionCode, (a, b) -> a));
  }
}
