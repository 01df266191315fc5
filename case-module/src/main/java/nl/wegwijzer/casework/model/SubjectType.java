package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** What an access-log line is about. */
public enum SubjectType implements Coded {
  SIGNAL,
  CASE,
  /** A contact in a region's network (casework V40): a professional's personal data. */
  PARTNER
}
