package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/**
 * What a coordinator must see first about a case, in its summary and in lists. A linked signal sets
 * {@link #MINOR} and {@link #INTERPRETER_NEEDED} where it says so; the coordinator sets and clears
 * any of them.
 */
public enum CaseFlag implements Coded {
  MINOR,
  ACUTE_DANGER,
  INTERPRETER_NEEDED
}
