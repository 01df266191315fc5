package nl.wegwijzer.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;

/** The regions of an actor as the database knows them. */
@ApplicationScoped
public class ActorRegions {

  private final PlaceService places;
  private final Map<String, Long> idByCode = new ConcurrentHashMap<>();

  protected ActorRegions() {
    this(null);
  }

  @Inject
  public ActorRegions(PlaceService places) {
    this.places = places;
  }

  /**
   * The ids of the actor's regions. A region's code and id never change, so they are kept after the
   * first lookup; a code not seen before (a region added since) reads the regions again.
   */
  public Set<Long> idsOf(Actor actor) {
    if (!idByCode.keySet().containsAll(actor.regions())) {
      idByCode.putAll(places.regionIds());
    }
    return actor.regions().stream()
        .map(idByCode::get)
        .filter(Objects::nonNull)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * One of the actor's regions by its code; a region that is not theirs does not exist for them
   * ({@link NotFoundException}, so that nothing leaks about it).
   */
  public Region own(Actor actor, String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("region", "is required");
    }
    String stripped = code.strip();
    if (!actor.regions().contains(stripped)) {
      throw new NotFoundException("region", stripped);
    }
    return places.region(stripped);
  }

  /** Where an actor's new signal starts when no municipality is given. */
  public Region defaultOf(Actor actor) {
    String code = actor.defaultRegion();
    if (code == null) {
      throw new InvalidInputException("municipality", "you coordinate no region");
    }
    Long id = idByCode.get(code);
    if (id != null) {
      return places.region(id);
    }
    Region region = places.region(code);
    idByCode.put(region.code(), region.id());
    return region;
  }
}
