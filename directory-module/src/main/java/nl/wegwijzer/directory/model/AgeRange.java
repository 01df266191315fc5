package nl.wegwijzer.directory.model;

/**
 * What the coordinator lookup knows of a victim's age: an exact age, an age group (the route asks
 * only minor or adult), or nothing. A coordination point's age band is for the victim unless it
 * rules out every age in the range; where the range lies on both sides of a region's split age,
 * only the age itself decides, so every band is listed with its name.
 */
public record AgeRange(int youngest, int oldest) {

  /** The oldest age a lookup accepts. */
  public static final int OLDEST_AGE = 120;

  public AgeRange {
    if (youngest < 0 || oldest > OLDEST_AGE || youngest > oldest) {
      throw new IllegalArgumentException("ages from " + youngest + " to " + oldest);
    }
  }

  public static AgeRange unknown() {
    return new AgeRange(0, OLDEST_AGE);
  }

  public static AgeRange exactly(int age) {
    return new AgeRange(age, age);
  }

  /** A minor is below every split age (18 or 23); an adult may be on either side of 23. */
  public static AgeRange of(AgeGroup group) {
    if (group == null) {
      return unknown();
    }
    return group == AgeGroup.MINOR
        ? new AgeRange(0, AgeGroup.AGE_OF_MAJORITY - 1)
        : new AgeRange(AgeGroup.AGE_OF_MAJORITY, OLDEST_AGE);
  }

  /** Whether some ages of the range are below {@code splitAge} and some are not. */
  public boolean straddles(int splitAge) {
    return youngest < splitAge && oldest >= splitAge;
  }
}
