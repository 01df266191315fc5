package nl.wegwijzer.casework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.wegwijzer.directory.support.InvalidInputException;

/** Something to do for a case by a day; the title is free text, so it is sealed. */
@Entity
@Table(name = "case_task", schema = "casework")
public class CaseTask extends CaseRecord {

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
    super(caseFile);
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
