package nl.wegwijzer.content.service;

import nl.wegwijzer.content.model.PublicationState;
import nl.wegwijzer.content.model.Publishable;
import nl.wegwijzer.directory.model.SearchSynonym;
import nl.wegwijzer.directory.service.SearchSynonyms;

/**
 * A search term as the workflow sees a live item; like {@link LiveCoordinationPoint} it passes
 * publishing and archiving on through the directory's service.
 */
public final class LiveSynonym extends Publishable {

  private final SearchSynonym synonym;
  private final SearchSynonyms registry;

  LiveSynonym(SearchSynonym synonym, SearchSynonyms registry) {
    this.synonym = synonym;
    this.registry = registry;
  }

  public SearchSynonym synonym() {
    return synonym;
  }

  @Override
  public void publish() {
    registry.publish(synonym);
  }

  @Override
  public void archive() {
    registry.archive(synonym);
  }

  @Override
  public void returnToDraft() {
    registry.archive(synonym);
  }

  @Override
  public PublicationState state() {
    return PublicationState.valueOf(synonym.state().name());
  }

  @Override
  public boolean isPublished() {
    return synonym.isPublished();
  }

  @Override
  public long version() {
    return synonym.version();
  }
}
