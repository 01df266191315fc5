package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/** Which victims a coordinator contact is for, in a region that may split by age. */
public enum CoordinatorScope implements Coded {
  ALL,
  BELOW_SPLIT,
  FROM_SPLIT
}
