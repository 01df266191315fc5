package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** What an access-log line is about. */
public enum SubjectType implements Coded {
  SIGNAL,
  CASE
}
