package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** How an accepted referral ended. */
public enum ReferralOutcome implements Coded {
  CARE_COMPLETED,
  PERSON_STOPPED,
  REFERRED_ON,
  OTHER
}
