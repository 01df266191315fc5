package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** Where a signal stands with the national registration. */
public enum NationalStatus implements Coded {
  NOT_FORWARDED,
  FORWARDED,
  REGISTERED_NATIONALLY,
  DECLINED_NATIONALLY
}
