package nl.wegwijzer.casework.model;

import java.time.LocalDate;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * The recorded consent to pass the person's data on to an organisation: who signed it (the person
 * from 16, a parent or guardian below 16) and on which day.
 */
public record ReferralConsent(ConsentSigner signedBy, LocalDate on) {

  public ReferralConsent {
    if (signedBy == null) {
      throw new InvalidInputException("consentSignedBy", "say who consented");
    }
    if (on == null) {
      throw new InvalidInputException("consentOn", "say when consent was given");
    }
  }
}
