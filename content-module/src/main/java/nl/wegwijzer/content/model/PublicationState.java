package nl.wegwijzer.content.model;

import nl.wegwijzer.directory.support.Coded;

/**
 * Where an item stands in the editorial workflow. Only {@link #PUBLISHED} items are ever shown to
 * the public; drafts and archived items stay for the editors.
 */
public enum PublicationState implements Coded {
  DRAFT,
  PUBLISHED,
  ARCHIVED
}
