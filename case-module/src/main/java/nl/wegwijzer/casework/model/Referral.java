package nl.wegwijzer.casework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A referral of the person to an organisation of the directory: sent, then accepted or declined
 * (with a reason), and an accepted one ends (with an outcome). Part of its {@link CaseFile}.
 *
 * <p>The consent gate: a referral that passes on personal data records who consented (the person,
 * or a parent or guardian below 16) and on which day; without consent only an anonymous
 * consultation can be recorded, which passes on nothing that identifies the person.
 */
@Entity
@Table(name = "referral", schema = "casework")
public class Referral extends CaseRecord {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "care_need", nullable = false)
  private CareNeed careNeed;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ReferralStatus status = ReferralStatus.SENT;

  @Column(name = "sent_on", nullable = false)
  private LocalDate sentOn;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "personal_data", nullable = false)
  private boolean personalData;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_signed_by")
  private ConsentSigner consentSignedBy;

  @Column(name = "consent_on")
  private LocalDate consentOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "decline_reason")
  private DeclineReason declineReason;

  @Enumerated(EnumType.STRING)
  private ReferralOutcome outcome;

  @Column(name = "note_sealed")
  private Sealed note;

  protected Referral() {}

  /**
   * @param consent who consented to passing on personal data, and when; null for an anonymous
   *     consultation
   */
  Referral(
      CaseFile caseFile,
      Organisation organisation,
      CareNeed careNeed,
      LocalDate sentOn,
      ReferralConsent consent) {
    super(caseFile);
    if (organisation == null) {
      throw new InvalidInputException("organisation", "is required");
    }
    if (careNeed == null) {
      throw new InvalidInputException("careNeed", "is required");
    }
    if (sentOn == null) {
      throw new InvalidInputException("sentOn", "is required");
    }
    this.organisation = organisation;
    this.careNeed = careNeed;
    this.sentOn = sentOn;
    if (consent != null) {
      if (consent.on().isAfter(sentOn)) {
        throw new InvalidInputException(
            "consentOn", "consent must be recorded before personal data is passed on");
      }
      this.personalData = true;
      this.consentSignedBy = consent.signedBy();
      this.consentOn = consent.on();
    }
  }

  /** sent → accepted. */
  void accept(LocalDate on) {
    answeredOn = checkMove(ReferralStatus.ACCEPTED, on);
    status = ReferralStatus.ACCEPTED;
  }

  /** sent → declined, with the organisation's reason; a note is needed for 'other'. */
  void decline(DeclineReason reason, Sealed why, LocalDate on) {
    if (reason == null) {
      throw new InvalidInputException("declineReason", "is required");
    }
    if (reason == DeclineReason.OTHER && why == null) {
      throw new InvalidInputException("explanation", "explain the reason when it is 'other'");
    }
    answeredOn = checkMove(ReferralStatus.DECLINED, on);
    status = ReferralStatus.DECLINED;
    declineReason = reason;
    note = why;
  }

  /** accepted → ended, with how it ended; a note is needed for 'other'. */
  void end(ReferralOutcome how, Sealed why, LocalDate on) {
    if (how == null) {
      throw new InvalidInputException("outcome", "is required");
    }
    if (how == ReferralOutcome.OTHER && why == null) {
      throw new InvalidInputException("explanation", "explain the outcome when it is 'other'");
    }
    endedOn = checkMove(ReferralStatus.ENDED, on);
    status = ReferralStatus.ENDED;
    outcome = how;
    note = why;
  }

  private LocalDate checkMove(ReferralStatus next, LocalDate on) {
    if (on == null) {
      throw new InvalidInputException("on", "is required");
    }
    if (on.isBefore(sentOn)) {
      throw new InvalidInputException("on", "lies before the referral was sent");
    }
    if (answeredOn != null && on.isBefore(answeredOn)) {
      throw new InvalidInputException("on", "lies before the organisation answered");
    }
    ReferralStatus from =
        next == ReferralStatus.ENDED ? ReferralStatus.ACCEPTED : ReferralStatus.SENT;
    if (status != from) {
      throw new InvalidInputException(
          "status", "a referral that is " + status.code() + " cannot become " + next.code());
    }
    return on;
  }

  /** Still waiting for the organisation's answer {@code days} days or more after it was sent. */
  public boolean waitingLong(LocalDate today, int days) {
    return status == ReferralStatus.SENT && !sentOn.plusDays(days).isAfter(today);
  }

  /** Clears the free text; the codes stay for reports. */
  void anonymise() {
    note = null;
  }

  public Organisation organisation() {
    return organisation;
  }

  public CareNeed careNeed() {
    return careNeed;
  }

  public ReferralStatus status() {
    return status;
  }

  public LocalDate sentOn() {
    return sentOn;
  }

  public LocalDate answeredOn() {
    return answeredOn;
  }

  public LocalDate endedOn() {
    return endedOn;
  }

  /** False for an anonymous consultation. */
  public boolean personalData() {
    return personalData;
  }

  public ConsentSigner consentSignedBy() {
    return consentSignedBy;
  }

  public LocalDate consentOn() {
    return consentOn;
  }

  public DeclineReason declineReason() {
    return declineReason;
  }

  public ReferralOutcome outcome() {
    return outcome;
  }

  public Sealed note() {
    return note;
  }
}
