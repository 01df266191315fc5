package nl.wegwijzer.casework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import nl.wegwijzer.directory.model.Text;

/**
 * Who recorded an entry of a coordinators' register (bottlenecks, network, knowledge transfer) and
 * when, and who corrected it last. Times in PostgreSQL's precision, so that what was saved reads
 * back the same.
 */
@Embeddable
public class Authorship {

  public static final int MAX_USER_LENGTH = 255;

  @Column(name = "recorded_by", nullable = false, length = MAX_USER_LENGTH)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "changed_by", length = MAX_USER_LENGTH)
  private String changedBy;

  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  protected Authorship() {}

  /** Recorded now by the user. */
  public static Authorship recordedBy(String userName) {
    Authorship authorship = new Authorship();
    authorship.recordedBy = Text.required(userName, "recordedBy", MAX_USER_LENGTH);
    authorship.recordedAt = now();
    return authorship;
  }

  /** Corrected now by the user. */
  public void changedBy(String userName) {
    this.changedBy = Text.required(userName, "changedBy", MAX_USER_LENGTH);
    this.changedAt = now();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public String recordedBy() {
    return recordedBy;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }

  public String changedBy() {
    return changedBy;
  }

  public OffsetDateTime changedAt() {
    return changedAt;
  }
}
