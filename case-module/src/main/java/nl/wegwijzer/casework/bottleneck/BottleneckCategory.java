package nl.wegwijzer.casework.bottleneck;

import nl.wegwijzer.directory.support.Coded;

/** What kind of obstacle a coordinator ran into; the screens name them from the bundle. */
public enum BottleneckCategory implements Coded {
  NO_SHELTER_PLACE,
  SLOW_RESIDENCE_PROCEDURE,
  NO_CARE_IN_REGION,
  NO_INTERPRETER,
  CARE_WAITING_LIST,
  PARTNER_COOPERATION,
  OTHER;

  /** Whether a bottleneck of this kind only makes sense with the care need it is about. */
  public boolean needsCareNeed() {
    return this == NO_CARE_IN_REGION;
  }
}
