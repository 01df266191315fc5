package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/** How a victim gets access to a service. */
public enum AccessRoute implements Coded {
  DIRECT,
  VIA_COORDINATOR,
  VIA_NATIONAL_REGISTRATION
}
