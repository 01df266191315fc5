package nl.wegwijzer.casework.api;

import java.time.LocalDate;
import nl.wegwijzer.casework.model.ConsentSigner;
import nl.wegwijzer.casework.service.ReferralOrder;
import nl.wegwijzer.directory.model.CareNeed;

/**
 * A referral as an API client sends it: the organisation's slug in the directory, the care need's
 * code (shelter, legal-aid, …), optionally the day it was sent (today when missing), and whether it
 * passes on personal data ({@code personalData}, false when missing: an anonymous consultation); if
 * it does, who consented ({@code consentSignedBy}: person | parent-or-guardian) and when.
 */
public record NewReferral(
    String organisation,
    String careNeed,
    LocalDate sentOn,
    Boolean personalData,
    String consentSignedBy,
    LocalDate consentOn) {

  ReferralOrder toOrder() {
    return new ReferralOrder(
        organisation,
        Inputs.code(CareNeed.class, "careNeed", careNeed),
        sentOn,
        Boolean.TRUE.equals(personalData),
        Inputs.code(ConsentSigner.class, "consentSignedBy", consentSignedBy),
        consentOn);
  }
}
