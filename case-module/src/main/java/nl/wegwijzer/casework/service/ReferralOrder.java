package nl.wegwijzer.casework.service;

import java.time.LocalDate;
import nl.wegwijzer.casework.model.ConsentSigner;
import nl.wegwijzer.directory.model.CareNeed;

/**
 * A referral to send: to which organisation of the directory (its slug), for which need, and
 * whether it passes on personal data; if so, who consented ({@code consentSignedBy}) and when
 * ({@code consentOn}). Without personal data it is an anonymous consultation.
 */
public record ReferralOrder(
    String organisation,
    CareNeed careNeed,
    LocalDate sentOn,
    boolean personalData,
    ConsentSigner consentSignedBy,
    LocalDate consentOn) {

  /** An anonymous consultation: nothing that identifies the person is passed on. */
  public static ReferralOrder consultation(String organisation, CareNeed need, LocalDate sentOn) {
    return new ReferralOrder(organisation, need, sentOn, false, null, null);
  }
}
