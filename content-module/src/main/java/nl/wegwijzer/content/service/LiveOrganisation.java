package nl.wegwijzer.content.service;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.wegwijzer.content.model.PublicationState;
import nl.wegwijzer.content.model.Publishable;
import nl.wegwijzer.directory.model.Organisation;

/**
 * An organisation as the workflow sees a live item. The directory cannot know the content module's
 * {@link Publishable}, so this stands in for it and passes publishing and archiving on to the
 * organisation; publishing also records that the profile was verified today.
 */
public final class LiveOrganisation extends Publishable {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final Organisation organisation;

  LiveOrganisation(Organisation organisation) {
    this.organisation = organisation;
  }

  public Organisation organisation() {
    return organisation;
  }

  @Override
  public void publish() {
    organisation.publish(LocalDate.now(ZONE));
  }

  @Override
  public void archive() {
    organisation.archive();
  }

  @Override
  public void returnToDraft() {
    organisation.archive();
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
