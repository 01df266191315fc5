package nl.wegwijzer.casework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What one run of the retention job did. */
@Entity
@Table(name = "retention_run", schema = "casework")
@NamedQuery(
    name = "RetentionRun.latest",
    query = "select r from RetentionRun r order by r.ranAt desc, r.id desc")
public class RetentionRun {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ran_at", nullable = false)
  private OffsetDateTime ranAt;

  @Column(name = "closed_before", nullable = false)
  private LocalDate closedBefore;

  @Column(name = "cases_anonymised", nullable = false)
  private int casesAnonymised;

  @Column(name = "signals_anonymised", nullable = false)
  private int signalsAnonymised;

  @Column(name = "set_aside_deleted", nullable = false)
  private int setAsideDeleted;

  protected RetentionRun() {}

  public RetentionRun(
      OffsetDateTime ranAt,
      LocalDate closedBefore,
      int casesAnonymised,
      int signalsAnonymised,
      int setAsideDeleted) {
    this.ranAt = ranAt;
    this.closedBefore = closedBefore;
    this.casesAnonymised = casesAnonymised;
    this.signalsAnonymised = signalsAnonymised;
    this.setAsideDeleted = setAsideDeleted;
  }

  public OffsetDateTime ranAt() {
    return ranAt;
  }

  public LocalDate closedBefore() {
    return closedBefore;
  }

  public int casesAnonymised() {
    return casesAnonymised;
  }

  public int signalsAnonymised() {
    return signalsAnonymised;
  }

  /** Signals set aside at triage, deleted after their period. */
  public int setAsideDeleted() {
    return setAsideDeleted;
  }
}
