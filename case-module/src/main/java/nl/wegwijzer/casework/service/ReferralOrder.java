package nl.wegwijzer.casework.service;

import java.time.LocalDate;
import nl.wegwijzer.directory.model.CareNeed;

/** A referral to send: to which organisation of the directory (its slug), for which need. */
public record ReferralOrder(String organisation, CareNeed careNeed, LocalDate sentOn) {}
