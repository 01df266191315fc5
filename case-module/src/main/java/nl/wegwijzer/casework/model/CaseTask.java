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
import nl.wegwijzer.directory.support.InvalidInputException;

/** Something to do for a case by a day; the title is free text, so it is sealed. */
@Entity
@Table(name = "case_task", schema = "casework")
public class CaseTask {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", nullable = false)
  private CaseFile caseFile;

  @Column(name = "title_sealed")
  private Sealed title;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "done_on")
  private LocalDate doneOn;

  /** The user name of the colleague the task is for; null: anyone of the region. */
  @Column(length = 255)
  private String assignee;

  protected CaseTask() {}

  CaseTask(CaseFile caseFile, Sealed title, LocalDate dueOn) {
    this.caseFile = caseFile;
    this.title = title;
    this.dueOn = dueOn;
  }

  void complete(LocalDate on) {
    if (doneOn != null) {
      throw new InvalidInputException("task", "this task is already done");
    }
    doneOn = on;
  }

  void undo() {
    if (doneOn == null) {
      throw new InvalidInputException("task", "this task is not done");
    }
    doneOn = null;
  }

  void assignTo(String userName) {
    assignee = userName == null || userName.isBlank() ? null : userName.strip();
  }

  void anonymise() {
    title = null;
  }

  public Long id() {
    return id;
  }

  public CaseFile caseFile() {
    return caseFile;
  }

  public Sealed title() {
    return title;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public LocalDate doneOn() {
    return doneOn;
  }

  public String assignee() {
    return assignee;
  }

  public boolean done() {
    return doneOn != null;
  }
}
