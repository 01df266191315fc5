package nl.wegwijzer.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One line of the administrators' audit trail: who changed what, for whom, when. Never changed
 * after it is written, so it has no version.
 */
@Entity
@Table(name = "admin_audit", schema = "directory")
public class AuditEntry {

  public static final int MAX_NAME_LENGTH = 255;
  public static final int MAX_DETAILS_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Column(nullable = false, length = MAX_NAME_LENGTH)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private AuditAction action;

  @Column(nullable = false, length = MAX_NAME_LENGTH)
  private String subject;

  @Column(length = MAX_DETAILS_LENGTH)
  private String details;

  protected AuditEntry() {}

  /**
   * @param actor the user name of the administrator who made the change
   * @param subject the user name of the user it was made for
   * @param details optional: the role, the regions; longer text is cut off
   */
  public AuditEntry(String actor, AuditAction action, String subject, String details) {
    this.actor = Text.required(actor, "actor", MAX_NAME_LENGTH);
    this.action = Objects.requireNonNull(action, "action");
    this.subject = Text.required(subject, "subject", MAX_NAME_LENGTH);
    String text = details == null || details.isBlank() ? null : details.strip();
    this.details =
        text != null && text.length() > MAX_DETAILS_LENGTH
            ? text.substring(0, MAX_DETAILS_LENGTH)
            : text;
    this.at = OffsetDateTime.now(ZoneOffset.UTC);
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

  public AuditAction action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public String details() {
    return details;
  }
}
