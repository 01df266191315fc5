package nl.wegwijzer.casework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A referral of the person to an organisation of the directory: sent, then accepted or declined,
 * and an accepted one ends. Part of its {@link CaseFile}.
 */
@Entity
@Table(name = "referral", schema = "casework")
public class Referral {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", nullable = false)
  private CaseFile caseFile;

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

  protected Referral() {}

  Referral(CaseFile caseFile, Organisation organisation, CareNeed careNeed, LocalDate sentOn) {
    if (organisation == null) {
      throw new InvalidInputException("organisation", "is required");
    }
    if (careNeed == null) {
      throw new InvalidInputException("careNeed", "is required");
    }
    if (sentOn == null) {
      throw new InvalidInputException("sentOn", "is required");
    }
    this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
    this.organisation = organisation;
    this.careNeed = careNeed;
    this.sentOn = sentOn;
  }

  /** sent → accepted | declined; accepted → ended. */
  void move(ReferralStatus next, LocalDate on) {
    if (on == null) {
      throw new InvalidInputException("on", "is required");
    }
    if (on.isBefore(sentOn)) {
      throw new InvalidInputException("on", "lies before the referral was sent");
    }
    boolean allowed =
        switch (next) {
          case ACCEPTED, DECLINED -> status == ReferralStatus.SENT;
          case ENDED -> status == ReferralStatus.ACCEPTED;
          case SENT -> false;
        };
    if (!allowed) {
      throw new InvalidInputException(
          "status", "a referral that is " + status.code() + " cannot become " + next.code());
    }
    if (next == ReferralStatus.ENDED) {
      endedOn = on;
    } else {
      answeredOn = on;
    }
    status = next;
  }

  public Long id() {
    return id;
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
}
