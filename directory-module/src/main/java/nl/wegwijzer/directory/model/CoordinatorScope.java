package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/**
 * Which victims a coordination point is for: everyone, or an age band of a region that splits by
 * age (below the split age, or from it on).
 */
public enum CoordinatorScope implements Coded {
  ALL,
  BELOW_SPLIT,
  FROM_SPLIT;

  /**
   * Whether a victim of {@code age} belongs to this band; {@code splitAge} is the band's split age
   * (ignored for {@link #ALL}).
   */
  public boolean covers(int age, Integer splitAge) {
    return admits(AgeRange.exactly(age), splitAge);
  }

  /** Whether some victim whose age lies in {@code ages} belongs to this band. */
  public boolean admits(AgeRange ages, Integer splitAge) {
    return switch (this) {
      case ALL -> true;
      case BELOW_SPLIT -> ages.youngest() < splitAge;
      case FROM_SPLIT -> ages.oldest() >= splitAge;
    };
  }
}
