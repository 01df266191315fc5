package nl.wegwijzer.casework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One line of a case's timeline. The detail is a code or a reference (an organisation's slug, a
 * status), never personal text. Written once, never changed.
 */
@Entity
@Table(name = "case_event", schema = "casework")
@NamedQuery(
    name = "CaseEvent.ofCase",
    query = "select e from CaseEvent e where e.caseFile = :caseFile order by e.at, e.id")
public class CaseEvent extends CaseRecord {

  @Column(nullable = false)
  private OffsetDateTime at;

  @Column(nullable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private EventKind kind;

  @Column(length = 200)
  private String detail;

  protected CaseEvent() {}

  public CaseEvent(
      CaseFile caseFile, OffsetDateTime at, String actor, EventKind kind, String detail) {
    super(caseFile);
    this.at = Objects.requireNonNull(at, "at");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
  }

  public OffsetDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public EventKind kind() {
    return kind;
  }

  public String detail() {
    return detail;
  }
}
