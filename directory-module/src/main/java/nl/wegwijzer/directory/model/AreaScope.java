package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/** Where a service is offered: everywhere, in whole regions, or in named municipalities. */
public enum AreaScope implements Coded {
  NATIONAL,
  REGIONS,
  MUNICIPALITIES
}
