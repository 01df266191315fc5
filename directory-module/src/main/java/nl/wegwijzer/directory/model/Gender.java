package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/** The genders a service is meant for; X for non-binary and unknown. */
public enum Gender implements Coded {
  FEMALE,
  MALE,
  X
}
