package nl.wegwijzer.casework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import nl.wegwijzer.directory.model.Text;

/** Who read or changed which signal or case, when, and why. Written once, never changed. */
@Entity
@Table(name = "access_log", schema = "casework")
public class AccessLogEntry {

  public static final int MAX_PURPOSE_LENGTH = 100;

  /**
   * Ids in blocks, as for {@link Signal}: a list page writes one row per signal shown, and without
   * a {@code lastval()} after each row EclipseLink can send them as one JDBC batch.
   */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_log_id")
  @SequenceGenerator(
      name = "access_log_id",
      sequenceName = "casework.access_log_id_seq",
      allocationSize = Signal.IDS_PER_FETCH)
  private Long id;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Column(nullable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AccessAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_type", nullable = false, length = 10)
  private SubjectType subjectType;

  @Column(name = "subject_ref", nullable = false, length = 20)
  private String subjectRef;

  @Column(nullable = false, length = MAX_PURPOSE_LENGTH)
  private String purpose;

  protected AccessLogEntry() {}

  /**
   * @param purpose why: what the caller was doing ("view", "register"); required
   */
  public AccessLogEntry(
      OffsetDateTime at,
      String actor,
      AccessAction action,
      SubjectType subjectType,
      String subjectRef,
      String purpose) {
    this.at = Objects.requireNonNull(at, "at");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.action = Objects.requireNonNull(action, "action");
    this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
    this.subjectRef = Objects.requireNonNull(subjectRef, "subjectRef");
    this.purpose = Text.required(purpose, "purpose", MAX_PURPOSE_LENGTH);
  }

  public Long id() {
    return id;
  }

  public OffsetDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public AccessAction action() {
    return action;
  }

  public SubjectType subjectType() {
    return subjectType;
  }

  public String subjectRef() {
    return subjectRef;
  }

  public String purpose() {
    return purpose;
  }

  /** Whether both lines come from one listing: same moment, actor, action, type and purpose. */
  public boolean sameListingAs(AccessLogEntry other) {
    return at.equals(other.at)
        && actor.equals(other.actor)
        && action == other.action
        && subjectType == other.subjectType
        && purpose.equals(other.purpose);
  }
}
