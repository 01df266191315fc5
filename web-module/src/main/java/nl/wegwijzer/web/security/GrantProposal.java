package nl.wegwijzer.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A privileged grant one administrator proposed for a user (the role admin or coordinator, or a
 * region), carried out in Keycloak only when a second, different administrator approves it: the
 * same four-eyes rule as publishing content. It is decided once: approved, refused (with an
 * optional reason) or withdrawn by its proposer.
 */
@Entity
@Table(name = "grant_proposal", schema = "web")
@NamedQuery(
    name = "GrantProposal.open",
    query = "select p from GrantProposal p where p.state = :open order by p.proposedAt, p.id")
@NamedQuery(
    name = "GrantProposal.countOpen",
    query = "select count(p) from GrantProposal p where p.state = :open")
@NamedQuery(
    name = "GrantProposal.openForUser",
    query =
        "select p from GrantProposal p where p.state = :open and p.userId = :userId"
            + " order by p.proposedAt, p.id")
public class GrantProposal {

  /** What is granted: a realm role or a region code. */
  public enum Kind {
    ROLE,
    REGION
  }

  /** Where a proposal stands; only OPEN can change. */
  public enum State {
    OPEN,
    APPROVED,
    REFUSED,
    WITHDRAWN
  }

  public static final int MAX_REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "user_id", nullable = false, length = 64)
  private String userId;

  @Column(name = "user_name", nullable = false)
  private String userName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Kind kind;

  @Column(name = "grant_value", nullable = false, length = 64)
  private String value;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state;

  @Column(name = "proposed_by", nullable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  private OffsetDateTime proposedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(length = MAX_REASON_LENGTH)
  private String reason;

  protected GrantProposal() {}

  public GrantProposal(
      String userId,
      String userName,
      Kind kind,
      String value,
      String proposedBy,
      OffsetDateTime at) {
    this.userId = Objects.requireNonNull(userId, "userId");
    this.userName = Objects.requireNonNull(userName, "userName");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.value = Objects.requireNonNull(value, "value");
    this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
    this.proposedAt = Objects.requireNonNull(at, "at");
    this.state = State.OPEN;
  }

  /** A second administrator agrees; the proposer never can. */
  public void approve(String administrator, OffsetDateTime at) {
    open();
    if (administrator.equals(proposedBy)) {
      throw new InvalidInputException(
          "ownProposal", "a proposal needs a second administrator to approve it");
    }
    decide(State.APPROVED, administrator, at, null);
  }

  /** Any other administrator says no, with an optional reason. */
  public void refuse(String administrator, OffsetDateTime at, String why) {
    open();
    if (administrator.equals(proposedBy)) {
      throw new InvalidInputException(
          "ownProposalRefused",
          "the proposer withdraws a proposal, another administrator refuses it");
    }
    String text = why == null || why.isBlank() ? null : why.strip();
    if (text != null && text.length() > MAX_REASON_LENGTH) {
      throw new InvalidInputException("reason", "at most " + MAX_REASON_LENGTH + " characters");
    }
    decide(State.REFUSED, administrator, at, text);
  }

  /** Only the proposer takes a proposal back. */
  public void withdraw(String administrator, OffsetDateTime at) {
    open();
    if (!administrator.equals(proposedBy)) {
      throw new InvalidInputException("notProposer", "only the proposer can withdraw a proposal");
    }
    decide(State.WITHDRAWN, administrator, at, null);
  }

  private void open() {
    if (state != State.OPEN) {
      throw new InvalidInputException("proposalDecided", "the proposal is " + state);
    }
  }

  private void decide(State outcome, String administrator, OffsetDateTime at, String why) {
    state = outcome;
    decidedBy = Objects.requireNonNull(administrator, "administrator");
    decidedAt = Objects.requireNonNull(at, "at");
    reason = why;
  }

  /** For the audit trail: "role coordinator", "region zeeland". */
  public String describe() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + value;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getUserId() {
    return userId;
  }

  public String getUserName() {
    return userName;
  }

  public Kind getKind() {
    return kind;
  }

  public String getValue() {
    return value;
  }

  public State getState() {
    return state;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public OffsetDateTime getProposedAt() {
    return proposedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getReason() {
    return reason;
  }
}
