package nl.wegwijzer.content.service;

import nl.wegwijzer.content.model.PublicationState;
import nl.wegwijzer.content.model.Publishable;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A municipality's region as the workflow sees a live item: always published, since every
 * municipality is in a region on every day; a change is a new dated assignment, never a withdrawal.
 */
public final class LiveMunicipalityRegion extends Publishable {

  private final Municipality municipality;

  LiveMunicipalityRegion(Municipality municipality) {
    this.municipality = municipality;
  }

  public Municipality municipality() {
    return municipality;
  }

  @Override
  public void publish() {
    // the assignment the version added is in force from its day; there is nothing to switch on
  }

  @Override
  public void archive() {
    throw new InvalidInputException("region", "a municipality is always in a region");
  }

  @Override
  public void returnToDraft() {
    archive();
  }

  @Override
  public PublicationState state() {
    return PublicationState.PUBLISHED;
  }

  @Override
  public boolean isPublished() {
    return true;
  }

  @Override
  public long version() {
    return municipality.version();
  }
}
