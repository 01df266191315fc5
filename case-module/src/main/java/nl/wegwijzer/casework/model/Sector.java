package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** The sector of suspected labour exploitation. */
public enum Sector implements Coded {
  AGRICULTURE,
  CONSTRUCTION,
  TRANSPORT,
  HOSPITALITY,
  DOMESTIC_WORK,
  CLEANING,
  MANUFACTURING,
  RETAIL,
  BEAUTY,
  OTHER
}
