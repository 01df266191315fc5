package nl.wegwijzer.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.repository.RegionRepository;
import nl.wegwijzer.directory.support.InvalidInputException;

/** The regions of an actor as the database knows them. */
@ApplicationScoped
public class ActorRegions {

  private final RegionRepository regions;

  protected ActorRegions() {
    this(null);
  }

  @Inject
  public ActorRegions(RegionRepository regions) {
    this.regions = regions;
  }

  public Set<Long> idsOf(Actor actor) {
    return regions.all().stream()
        .filter(actor::covers)
        .map(Region::id)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Where an actor's new signal starts when no municipality is given. */
  public Region defaultOf(Actor actor) {
    String code = actor.defaultRegion();
    if (code == null) {
      throw new InvalidInputException("municipality", "you coordinate no region");
    }
    return regions.getByCode(code);
  }
}
