package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** What was done with a signal or case, for the access log. */
public enum AccessAction implements Coded {
  CREATE,
  READ,
  LIST,
  UPDATE,
  /** Only the retention job deletes: signals set aside at triage, after their period. */
  DELETE
}
