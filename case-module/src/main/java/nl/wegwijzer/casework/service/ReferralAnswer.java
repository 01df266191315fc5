package nl.wegwijzer.casework.service;

import java.time.LocalDate;
import nl.wegwijzer.casework.model.DeclineReason;
import nl.wegwijzer.casework.model.ReferralOutcome;
import nl.wegwijzer.casework.model.ReferralStatus;

/**
 * The next step of a referral: accepted; declined with a {@code declineReason}; or ended with an
 * {@code outcome}. {@code explanation} explains a reason or outcome 'other'; {@code on} is today
 * when null.
 */
public record ReferralAnswer(
    ReferralStatus status,
    DeclineReason declineReason,
    ReferralOutcome outcome,
    String explanation,
    LocalDate on) {}
