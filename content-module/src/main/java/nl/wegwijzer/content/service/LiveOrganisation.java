package nl.wegwijzer.content.service;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.wegwijzer.content.model.PublicationState;
import nl.wegwijzer.content.model.Publishable;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.service.OrganisationService;

/**
 * An organisation as the workflow sees a live item. The directory cannot know the content module's
 * {@link Publishable}, so this stands in for it and passes publishing and archiving on to the
 * organisation through the directory's service (which keeps its search row current); publishing
 * also records that the profile was verified today.
 */
public final class LiveOrganisation extends Publishable {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final Organisation organisation;
  private final OrganisationService registry;

  LiveOrganisation(Organisation organisation, OrganisationService registry) {
    this.organisation = organisation;
    this.registry = registry;
  }

  public Organisation organisation() {
    return organisation;
  }

  @Override
  public void publish() {
    registry.publish(organisation, LocalDate.now(ZONE));
  }

  @Override
  public void archive() {
    registry.archive(organisation);
  }

  @Override
  public void returnToDraft() {
    registry.archive(organisation);
  }

  @Override
  public PublicationState state() {
    return PublicationState.valueOf(organisation.state().name());
  }

  @Override
  public boolean isPublished() {
    return organisation.isPublished();
  }

  @Override
  public long version() {
    return organisation.version();
  }
}
