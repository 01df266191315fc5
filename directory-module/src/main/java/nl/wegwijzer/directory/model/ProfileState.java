package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/** Whether an organisation's profile is in the public directory. */
public enum ProfileState implements Coded {
  /** Registered through the workflow but never approved: not public. */
  DRAFT,
  PUBLISHED,
  /** Taken off the public directory by an editor. */
  ARCHIVED
}
