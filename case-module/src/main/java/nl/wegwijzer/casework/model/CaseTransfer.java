package nl.wegwijzer.casework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * The offer of a case to another region because the person moved: offered by a coordinator of the
 * case's region, then accepted or refused by one of the receiving region. On acceptance the case
 * and its signals move; the transfer stays as the one fact about the case the sending region still
 * sees (its number, where it went, when and by whom).
 */
@Entity
@Table(name = "case_transfer", schema = "casework")
@NamedQuery(
    name = "CaseTransfer.ofRegions",
    query =
        "select t from CaseTransfer t join fetch t.fromRegion join fetch t.toRegion"
            + " where t.fromRegion.id in :regions or t.toRegion.id in :regions"
            + " order by t.offeredAt desc, t.id desc")
@NamedQuery(
    name = "CaseTransfer.openOfCase",
    query =
        "select t from CaseTransfer t where t.caseFile = :caseFile"
            + " and t.status = nl.wegwijzer.casework.model.TransferStatus.OFFERED")
@NamedQuery(
    name = "CaseTransfer.acceptedCaseIds",
    query =
        "select distinct t.caseFile.id from CaseTransfer t"
            + " where t.status = nl.wegwijzer.casework.model.TransferStatus.ACCEPTED")
public class CaseTransfer extends CaseRecord {

  /** Kept beside the link: the sending region sees the number without reading the case. */
  @Column(name = "case_number", nullable = false, length = 20)
  private String caseNumber;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "from_region_id", nullable = false)
  private Region fromRegion;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "to_region_id", nullable = false)
  private Region toRegion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private TransferStatus status = TransferStatus.OFFERED;

  @Column(name = "note_sealed")
  private Sealed note;

  @Column(name = "offered_by", nullable = false)
  private String offeredBy;

  @Column(name = "offered_at", nullable = false)
  private OffsetDateTime offeredAt;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  @Column(name = "refusal_sealed")
  private Sealed refusal;

  @Version private long version;

  protected CaseTransfer() {}

  /** Offers an open case to another region. */
  public CaseTransfer(
      CaseFile caseFile, Region to, Sealed note, String offeredBy, OffsetDateTime offeredAt) {
    super(caseFile);
    if (caseFile.status() != CaseStatus.OPEN) {
      throw new InvalidInputException("case", "the case is closed");
    }
    if (to == null) {
      throw new InvalidInputException("toRegion", "is required");
    }
    if (to.equals(caseFile.region())) {
      throw new InvalidInputException("toRegion", "the case is already in this region");
    }
    this.caseNumber = caseFile.number();
    this.fromRegion = caseFile.region();
    this.toRegion = to;
    this.note = note;
    this.offeredBy = Objects.requireNonNull(offeredBy, "offeredBy");
    this.offeredAt = Objects.requireNonNull(offeredAt, "offeredAt");
  }

  /** The receiving region takes the case: it moves there; its signals follow it (the service). */
  public void accept(String by, OffsetDateTime at) {
    answer(TransferStatus.ACCEPTED, by, at);
    caseFile().moveTo(toRegion);
  }

  /** The receiving region refuses, with a reason; the case stays where it is. */
  public void refuse(Sealed reason, String by, OffsetDateTime at) {
    if (reason == null) {
      throw new InvalidInputException("reason", "say why the region refuses the case");
    }
    answer(TransferStatus.REFUSED, by, at);
    refusal = reason;
  }

  private void answer(TransferStatus next, String by, OffsetDateTime at) {
    if (status != TransferStatus.OFFERED) {
      throw new InvalidInputException("transfer", "this offer was already " + status.code());
    }
    if (caseFile().status() != CaseStatus.OPEN) {
      throw new InvalidInputException("case", "the case was closed meanwhile");
    }
    if (!caseFile().region().equals(fromRegion)) {
      throw new InvalidInputException("case", "the case moved to another region meanwhile");
    }
    status = next;
    answeredBy = Objects.requireNonNull(by, "by");
    answeredAt = Objects.requireNonNull(at, "at");
  }

  public String caseNumber() {
    return caseNumber;
  }

  public Region fromRegion() {
    return fromRegion;
  }

  public Region toRegion() {
    return toRegion;
  }

  public TransferStatus status() {
    return status;
  }

  public Sealed note() {
    return note;
  }

  public String offeredBy() {
    return offeredBy;
  }

  public OffsetDateTime offeredAt() {
    return offeredAt;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public OffsetDateTime answeredAt() {
    return answeredAt;
  }

  public Sealed refusal() {
    return refusal;
  }

  public long version() {
    return version;
  }
}
