package nl.wegwijzer.content.model;

import nl.wegwijzer.directory.support.Coded;

/**
 * Where one version of an item stands. DRAFT, IN_REVIEW and SCHEDULED are "in the works" (at most
 * one per item); PUBLISHED is the version the live row shows; SUPERSEDED versions were published
 * before; ARCHIVED ones were taken off the site or thrown away as drafts.
 */
public enum RevisionState implements Coded {
  DRAFT,
  IN_REVIEW,
  SCHEDULED,
  PUBLISHED,
  SUPERSEDED,
  ARCHIVED;

  public boolean isOpen() {
    return this == DRAFT || this == IN_REVIEW || this == SCHEDULED;
  }
}
