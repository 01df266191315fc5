package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** Open or closed. */
public enum CaseStatus implements Coded {
  OPEN,
  CLOSED
}
