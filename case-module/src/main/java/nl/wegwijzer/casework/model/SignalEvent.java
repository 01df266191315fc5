package nl.wegwijzer.casework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.Objects;
import nl.wegwijzer.directory.support.Coded;

/**
 * One line of a signal's history: what was decided at triage, when and by whom. The detail is a
 * code (the reason it was set aside), never personal text. Written once, never changed: undoing a
 * decision adds a line.
 */
@Embeddable
public class SignalEvent {

  /** What happened to the signal. */
  public enum Kind implements Coded {
    TAKEN_INTO_WORK,
    /** Detail: the reason's code. */
    SET_ASIDE,
    /** A set-aside was undone: the signal waits in the inbox again. */
    BACK_TO_INBOX
  }

  @Column(nullable = false)
  private OffsetDateTime at;

  @Column(nullable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(length = 20)
  private String detail;

  protected SignalEvent() {}

  SignalEvent(OffsetDateTime at, String actor, Kind kind, String detail) {
    this.at = Objects.requireNonNull(at, "at");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.detail = detail;
  }

  public OffsetDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public Kind kind() {
    return kind;
  }

  public String detail() {
    return detail;
  }
}
