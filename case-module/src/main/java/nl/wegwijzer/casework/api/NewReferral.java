package nl.wegwijzer.casework.api;

import java.time.LocalDate;
import nl.wegwijzer.casework.service.ReferralOrder;
import nl.wegwijzer.directory.model.CareNeed;

/**
 * A referral as an API client sends it: the organisation's slug in the directory, the care need's
 * code (shelter, legal-aid, …) and optionally the day it was sent (today when missing).
 */
public record NewReferral(String organisation, String careNeed, LocalDate sentOn) {

  ReferralOrder toOrder() {
    return new ReferralOrder(
        organisation, Inputs.code(CareNeed.class, "careNeed", careNeed), sentOn);
  }
}
