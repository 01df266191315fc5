package nl.wegwijzer.content.service;

import nl.wegwijzer.content.model.PublicationState;
import nl.wegwijzer.content.model.Publishable;
import nl.wegwijzer.directory.model.CoordinationPoint;
import nl.wegwijzer.directory.service.CoordinationService;

/**
 * A coordination point as the workflow sees a live item; like {@link LiveOrganisation} it passes
 * publishing and archiving on through the directory's service.
 */
public final class LiveCoordinationPoint extends Publishable {

  private final CoordinationPoint point;
  private final CoordinationService registry;

  LiveCoordinationPoint(CoordinationPoint point, CoordinationService registry) {
    this.point = point;
    this.registry = registry;
  }

  public CoordinationPoint point() {
    return point;
  }

  @Override
  public void publish() {
    registry.publish(point);
  }

  @Override
  public void archive() {
    registry.archive(point);
  }

  @Override
  public void returnToDraft() {
    registry.archive(point);
  }

  @Override
  public PublicationState state() {
    return PublicationState.valueOf(point.state().name());
  }

  @Override
  public boolean isPublished() {
    return point.isPublished();
  }

  @Override
  public long version() {
    return point.version();
  }
}
