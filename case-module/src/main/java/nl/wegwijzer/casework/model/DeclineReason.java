package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** Why an organisation declined a referral. */
public enum DeclineReason implements Coded {
  NO_CAPACITY,
  NOT_IN_TARGET_GROUP,
  PERSON_DECLINED,
  OTHER
}
