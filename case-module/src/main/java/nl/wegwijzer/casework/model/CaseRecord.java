package nl.wegwijzer.casework.model;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/**
 * What every row recorded in a case shares (its events, tasks, meetings, referrals and transfers):
 * a generated id and the case it belongs to, which never changes.
 */
@MappedSuperclass
public abstract class CaseRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", nullable = false)
  private CaseFile caseFile;

  protected CaseRecord() {}

  protected CaseRecord(CaseFile caseFile) {
    this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
  }

  public Long id() {
    return id;
  }

  public CaseFile caseFile() {
    return caseFile;
  }
}
