package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/**
 * DRAFT: a coordinator's unfinished registration; RECEIVED: came in through the public form, to be
 * assessed; REGISTERED: complete and checked.
 */
public enum SignalStatus implements Coded {
  DRAFT,
  RECEIVED,
  REGISTERED,
  SET_ASIDE
}
