package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.wegwijzer.directory.repository.HsdsFilter;
import nl.wegwijzer.directory.repository.HsdsRepository;
import nl.wegwijzer.directory.repository.HsdsRows.Details;
import nl.wegwijzer.directory.repository.HsdsRows.LocationRow;
import nl.wegwijzer.directory.repository.HsdsRows.OrganisationRow;
import nl.wegwijzer.directory.repository.HsdsRows.ServiceRow;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * The published directory as Open Referral HSDS 3.0 (docs/hsds.md): paged lists queried, sorted and
 * counted in PostgreSQL, single objects by their stable id. Answers are kept per node until the
 * directory's search generation moves, which it does in the transaction of every change a reader
 * can see.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HsdsDirectory {

  private final HsdsRepository repository;
  private volatile HsdsMapping mapping;

  protected HsdsDirectory() {
    this(null);
  }

  @Inject
  public HsdsDirectory(HsdsRepository repository) {
    this.repository = repository;
  }

  public Hsds.Paged<Hsds.Service> services(HsdsQuery query) {
    return list(
        "services",
        query,
        repository::services,
        ServiceRow::organisationId,
        (s, own) -> own == null ? mapping().service(s) : mapping().fullService(s, own));
  }

  public Hsds.Service service(String id) {
    long organisation = owner("service", id);
    Details details = repository.details(List.of(organisation));
    return details.services().stream()
        .filter(s -> HsdsMapping.serviceId(s).equals(id))
        .findFirst()
        .map(s -> mapping().fullService(s, details))
        .orElseThrow(() -> new NotFoundException("service", id));
  }

  public Hsds.Paged<Hsds.Organization> organisations(HsdsQuery query) {
    return list(
        "organizations",
        query,
        repository::organisations,
        OrganisationRow::id,
        (o, own) -> mapping().organisation(o, own, own != null));
  }

  public Hsds.Organization organisation(String id) {
    long organisation = owner("organization", id);
    Details details = repository.details(List.of(organisation));
    return mapping().organisation(details.organisations().get(0), details, true);
  }

  public Hsds.Paged<Hsds.ServiceAtLocation> servicesAtLocations(HsdsQuery query) {
    return list(
        "service_at_locations",
        query,
        repository::servicesAtLocations,
        r -> r.service().organisationId(),
        (r, own) ->
            mapping()
                .serviceAtLocation(
                    r.service(),
                    r.location(),
                    own == null ? null : mapping().fullService(r.service(), own),
                    own));
  }

  public Hsds.ServiceAtLocation serviceAtLocation(String id) {
    long organisation = owner("service_at_location", id);
    Details details = repository.details(List.of(organisation));
    for (ServiceRow s : details.services()) {
      for (LocationRow l : details.locations()) {
        if (HsdsMapping.serviceAtLocationId(s, l).equals(id)) {
          return mapping().serviceAtLocation(s, l, mapping().fullService(s, details), details);
        }
      }
    }
    throw new NotFoundException("service_at_location", id);
  }

  public Hsds.Paged<Hsds.Taxonomy> taxonomies(HsdsQuery query) {
    return inMemory(List.of(HsdsMapping.taxonomy()), query.pageRequest());
  }

  public Hsds.Paged<Hsds.TaxonomyTerm> taxonomyTerms(HsdsQuery query) {
    return inMemory(mapping().allTerms(), query.pageRequest());
  }

  /**
   * A page of a list: checked, filtered and paged in SQL, each row mapped with its organisation's
   * details when the caller asked for {@code full} objects (else with null), kept until the
   * directory changes.
   */
  private <R, T> Hsds.Paged<T> list(
      String kind,
      HsdsQuery query,
      BiFunction<HsdsFilter, PageRequest, Page<R>> fetch,
      Function<R, Long> owner,
      BiFunction<R, Details, T> map) {
    PageRequest page = query.pageRequest();
    boolean full = query.isFull();
    Optional<HsdsFilter> filter = query.filter(mapping().termsById());
    if (filter.isEmpty()) {
      return nothing(page);
    }
    return repository.kept(
        List.of(kind, filter.get(), page, full),
        () -> {
          Page<R> rows = fetch.apply(filter.get(), page);
          Map<Long, Details> details = full ? details(rows.items(), owner) : Map.of();
          return Hsds.Paged.of(rows.map(r -> map.apply(r, details.get(owner.apply(r)))));
        });
  }

  /** The whole published directory, split by organisation, for the downloads. */
  Map<Long, Details> everything() {
    return HsdsMapping.byOrganisation(repository.details(repository.publishedOrganisationIds()));
  }

  HsdsMapping mapping() {
    HsdsMapping known = mapping;
    if (known == null) {
      // The taxonomy is reference data of a migration: it cannot change while the server runs.
      known = new HsdsMapping(repository.terms());
      mapping = known;
    }
    return known;
  }

  /** The organisation that holds the object with this id; unknown ids are not found. */
  private long owner(String kind, String id) {
    Map<String, Long> owners = repository.kept(List.of("owners"), this::owners);
    Long organisation = owners.get(kind + ":" + id);
    if (organisation == null) {
      throw new NotFoundException(kind, id);
    }
    return organisation;
  }

  private Map<String, Long> owners() {
    Map<String, Long> owners = new HashMap<>();
    for (Details own : everything().values()) {
      long organisation = own.organisations().get(0).id();
      owners.put(
          "organization:" + HsdsMapping.organisationId(own.organisations().get(0).slug()),
          organisation);
      for (ServiceRow s : own.services()) {
        owners.put("service:" + HsdsMapping.serviceId(s), organisation);
        for (LocationRow l : own.locations()) {
          owners.put("service_at_location:" + HsdsMapping.serviceAtLocationId(s, l), organisation);
        }
      }
    }
    return owners;
  }

  private <T> Map<Long, Details> details(List<T> rows, Function<T, Long> organisation) {
    Set<Long> ids = new LinkedHashSet<>();
    rows.forEach(r -> ids.add(organisation.apply(r)));
    return HsdsMapping.byOrganisation(repository.details(ids));
  }

  private static <T> Hsds.Paged<T> nothing(PageRequest page) {
    return Hsds.Paged.of(new Page<T>(List.of(), page.number(), page.size(), 0));
  }

  private static <T> Hsds.Paged<T> inMemory(List<T> all, PageRequest page) {
    List<T> items =
        all.subList(
            Math.min(page.offset(), all.size()), Math.min(page.offset() + page.size(), all.size()));
    return Hsds.Paged.of(new Page<>(items, page.number(), page.size(), all.size()));
  }
}
