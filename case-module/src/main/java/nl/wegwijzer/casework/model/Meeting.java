package nl.wegwijzer.casework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A meeting with partners about a case, with who took part and notes, both sealed. */
@Entity
@Table(name = "meeting", schema = "casework")
public class Meeting extends CaseRecord {

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "participants_sealed")
  private Sealed participants;

  @Column(name = "notes_sealed")
  private Sealed notes;

  protected Meeting() {}

  Meeting(CaseFile caseFile, LocalDate heldOn, Sealed participants, Sealed notes) {
    super(caseFile);
    this.heldOn = heldOn;
    this.participants = participants;
    this.notes = notes;
  }

  void anonymise() {
    participants = null;
    notes = null;
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
