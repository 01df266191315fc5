package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/** Minor (under 18) or adult. */
public enum AgeGroup implements Coded {
  MINOR,
  ADULT;

  public static final int AGE_OF_MAJORITY = 18;

  public static AgeGroup ofAge(int age) {
    return age < AGE_OF_MAJORITY ? MINOR : ADULT;
  }
}
