package nl.wegwijzer.casework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A meeting with partners about a case, with who took part and notes, both sealed. */
@Entity
@Table(name = "meeting", schema = "casework")
public class Meeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", nullable = false)
  private CaseFile caseFile;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "participants_sealed")
  private Sealed participants;

  @Column(name = "notes_sealed")
  private Sealed notes;

  protected Meeting() {}

  Meeting(CaseFile caseFile, LocalDate heldOn, Sealed participants, Sealed notes) {
    this.caseFile = caseFile;
    this.heldOn = heldOn;
    this.participants = participants;
    this.notes = notes;
  }

  void anonymise() {
    participants = null;
    notes = null;
  }

  public Long id() {
    return id;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public Sealed participants() {
    return participants;
  }

  public Sealed notes() {
    return notes;
  }
}
