package nl.wegwijzer.casework.api;

import java.time.LocalDate;
import nl.wegwijzer.casework.model.DeclineReason;
import nl.wegwijzer.casework.model.ReferralOutcome;
import nl.wegwijzer.casework.model.ReferralStatus;
import nl.wegwijzer.casework.service.ReferralAnswer;

/**
 * The next step of a referral as an API client sends it: {@code status} accepted | declined |
 * ended; {@code declineReason} with declined, {@code outcome} with ended; {@code explanation}
 * explains 'other'; {@code on} is today when missing.
 */
public record ReferralAnswerBody(
    String status, String declineReason, String outcome, String explanation, LocalDate on) {

  ReferralAnswer toAnswer() {
    return new ReferralAnswer(
        Inputs.code(ReferralStatus.class, "status", status),
        Inputs.code(DeclineReason.class, "declineReason", declineReason),
        Inputs.code(ReferralOutcome.class, "outcome", outcome),
        explanation,
        on);
  }
}
