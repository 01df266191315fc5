package nl.wegwijzer.casework.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;

/**
 * A case: the signals about one person bundled, and the care that is coordinated for them. A closed
 * case no longer changes; after the retention period it is anonymised.
 */
@Entity
@Table(name = "case_file", schema = "casework")
@NamedQuery(name = "CaseFile.byNumber", query = "select c from CaseFile c where c.number = :number")
@NamedQuery(
    name = "CaseFile.withSignalsElsewhere",
    query =
        "select distinct c from Signal s join s.caseFile c"
            + " where c.status = nl.wegwijzer.casework.model.CaseStatus.OPEN"
            + " and s.region <> c.region")
@NamedQuery(
    name = "CaseFile.toAnonymise",
    query =
        "select c from CaseFile c where c.status = nl.wegwijzer.casework.model.CaseStatus.CLOSED"
            + " and c.closedOn < :closedBefore and c.anonymisedAt is null order by c.id")
public class CaseFile {

  public static final Pattern NUMBER = Pattern.compile("^ZK-\\d{4}-\\d{5,}$");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String number;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private CaseStatus status = CaseStatus.OPEN;

  @Column(name = "opened_on", nullable = false)
  private LocalDate openedOn;

  @Column(name = "reflection_start")
  private LocalDate reflectionStart;

  @Column(name = "reflection_end")
  private LocalDate reflectionEnd;

  @Column(name = "reflection_regulation", length = 120)
  private String reflectionRegulation;

  @Column(name = "reflection_rule_version", length = 40)
  private String reflectionRuleVersion;

  @Column(name = "reflection_exception_sealed")
  private Sealed reflectionException;

  @Column(name = "last_review_on")
  private LocalDate lastReviewOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "police_report", nullable = false)
  private PoliceReport policeReport = PoliceReport.NOT_REPORTED;

  @Column(name = "police_report_on")
  private LocalDate policeReportOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "close_reason")
  private CloseReason closeReason;

  @Column(name = "close_note_sealed")
  private Sealed closeNote;

  @Column(name = "anonymised_at")
  private OffsetDateTime anonymisedAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sentOn, id")
  private List<Referral> referrals = new ArrayList<>();

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("heldOn, id")
  private List<Meeting> meetings = new ArrayList<>();

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("dueOn, id")
  private List<CaseTask> tasks = new ArrayList<>();

  @Version private long version;

  protected CaseFile() {}

  /**
   * @param number a quotable number from the sequence, {@code ZK-2026-00042}
   */
  public CaseFile(String number, Region region, LocalDate openedOn, OffsetDateTime createdAt) {
    if (number == null || !NUMBER.matcher(number).matches()) {
      throw new IllegalArgumentException("not a case number: " + number);
    }
    this.number = number;
    this.region = Objects.requireNonNull(region, "region");
    this.openedOn = Objects.requireNonNull(openedOn, "openedOn");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public static String number(int year, long sequence) {
    return String.format("ZK-%04d-%05d", year, sequence);
  }

  public Referral refer(Organisation organisation, CareNeed need, LocalDate sentOn) {
    requireOpen();
    Referral referral = new Referral(this, organisation, need, sentOn);
    referrals.add(referral);
    return referral;
  }

  public Referral referral(long referralId) {
    return referrals.stream()
        .filter(r -> Objects.equals(r.id(), referralId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("referral", String.valueOf(referralId)));
  }

  public void answerReferral(long referralId, ReferralStatus answer, LocalDate on) {
    requireOpen();
    referral(referralId).move(answer, on);
  }

  public void recordPoliceReport(PoliceReport report, LocalDate on) {
    requireOpen();
    this.policeReport = Objects.requireNonNull(report, "policeReport");
    this.policeReportOn = report == PoliceReport.NOT_REPORTED ? null : requireDay(on, "reportedOn");
  }

  /**
   * Starts the reflection period for {@code period}, as the rule version {@code ruleVersion} of
   * {@code regulation} sets it; {@code exception} is the coordinator's reason where that rule says
   * it does not apply to this person (null otherwise).
   */
  public void startReflectionPeriod(
      LocalDate start, Period period, String regulation, String ruleVersion, Sealed exception) {
    requireOpen();
    this.reflectionStart = requireDay(start, "reflectionStart");
    this.reflectionEnd = start.plus(Objects.requireNonNull(period, "period"));
    this.reflectionRegulation = Objects.requireNonNull(regulation, "regulation");
    this.reflectionRuleVersion = Objects.requireNonNull(ruleVersion, "ruleVersion");
    this.reflectionException = exception;
  }

  public void reviewed(LocalDate on) {
    requireOpen();
    this.lastReviewOn = requireDay(on, "reviewedOn");
  }

  public Meeting recordMeeting(LocalDate heldOn, Sealed participants, Sealed notes) {
    requireOpen();
    Meeting meeting = new Meeting(this, requireDay(heldOn, "heldOn"), participants, notes);
    meetings.add(meeting);
    return meeting;
  }

  public CaseTask addTask(Sealed title, LocalDate dueOn) {
    requireOpen();
    if (title == null) {
      throw new InvalidInputException("title", "is required");
    }
    CaseTask task = new CaseTask(this, title, requireDay(dueOn, "dueOn"));
    tasks.add(task);
    return task;
  }

  public CaseTask completeTask(long taskId, LocalDate on) {
    requireOpen();
    CaseTask task =
        tasks.stream()
            .filter(t -> Objects.equals(t.id(), taskId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("task", String.valueOf(taskId)));
    task.complete(requireDay(on, "doneOn"));
    return task;
  }

  /** Moves an open case to the region most of its signals are in now; a closed one stays. */
  public void moveTo(Region to) {
    requireOpen();
    this.region = Objects.requireNonNull(to, "to");
  }

  public void close(CloseReason reason, Sealed note, LocalDate on) {
    requireOpen();
    if (reason == null) {
      throw new InvalidInputException("reason", "is required");
    }
    if (reason == CloseReason.OTHER && note == null) {
      throw new InvalidInputException("note", "explain the reason when it is 'other'");
    }
    this.status = CaseStatus.CLOSED;
    this.closeReason = reason;
    this.closeNote = note;
    this.closedOn = requireDay(on, "closedOn");
  }

  /** Clears the case's free text; what reports count stays. */
  public void anonymise(OffsetDateTime at) {
    if (status != CaseStatus.CLOSED) {
      throw new IllegalStateException("only a closed case is anonymised");
    }
    closeNote = null;
    reflectionException = null;
    meetings.forEach(Meeting::anonymise);
    tasks.forEach(CaseTask::anonymise);
    anonymisedAt = at;
  }

  public LocalDate reflectionEnd() {
    return reflectionEnd;
  }

  /** The regulation whose rule set the reflection period; null when none was started. */
  public String reflectionRegulation() {
    return reflectionRegulation;
  }

  /** The label of the rule version that computed the end; null when none was started. */
  public String reflectionRuleVersion() {
    return reflectionRuleVersion;
  }

  /** The reason for starting it against the rule; null when the rule allowed it. */
  public Sealed reflectionException() {
    return reflectionException;
  }

  public LocalDate nextReview() {
    return status == CaseStatus.CLOSED ? null : Deadlines.nextReview(openedOn, lastReviewOn);
  }

  private void requireOpen() {
    if (status != CaseStatus.OPEN) {
      throw new InvalidInputException("case", "the case is closed");
    }
  }

  private static LocalDate requireDay(LocalDate day, String field) {
    if (day == null) {
      throw new InvalidInputException(field, "is required");
    }
    return day;
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public Region region() {
    return region;
  }

  public CaseStatus status() {
    return status;
  }

  public LocalDate openedOn() {
    return openedOn;
  }

  public LocalDate reflectionStart() {
    return reflectionStart;
  }

  public LocalDate lastReviewOn() {
    return lastReviewOn;
  }

  public PoliceReport policeReport() {
    return policeReport;
  }

  public LocalDate policeReportOn() {
    return policeReportOn;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public CloseReason closeReason() {
    return closeReason;
  }

  public Sealed closeNote() {
    return closeNote;
  }

  public OffsetDateTime anonymisedAt() {
    return anonymisedAt;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public List<Referral> referrals() {
    return List.copyOf(referrals);
  }

  public List<Meeting> meetings() {
    return List.copyOf(meetings);
  }

  public List<CaseTask> tasks() {
    return List.copyOf(tasks);
  }

  public long version() {
    return version;
  }
}
