package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** Where a referral to an organisation stands. */
public enum ReferralStatus implements Coded {
  SENT,
  ACCEPTED,
  DECLINED,
  ENDED
}
