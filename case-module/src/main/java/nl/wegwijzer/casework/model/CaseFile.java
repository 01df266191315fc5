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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.support.Coded;
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

  /** The user name of the coordinator of the region who answers for the case. */
  @Column(length = 255)
  private String responsible;

  /** {@link CaseFlag} codes separated by commas, so that lists read them with the case. */
  @Column(nullable = false, length = 200)
  private String flags = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "reopen_reason", length = 30)
  private ReopenReason reopenReason;

  @Column(name = "reopened_on")
  private LocalDate reopenedOn;

  @Column(name = "reopen_note_sealed")
  private Sealed reopenNote;

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
   * @param openedBy the coordinator who opens it, responsible for it until a handover
   */
  public CaseFile(
      String number, Region region, LocalDate openedOn, OffsetDateTime createdAt, String openedBy) {
    if (number == null || !NUMBER.matcher(number).matches()) {
      throw new IllegalArgumentException("not a case number: " + number);
    }
    this.number = number;
    this.region = Objects.requireNonNull(region, "region");
    this.openedOn = Objects.requireNonNull(openedOn, "openedOn");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.responsible = requireUser(openedBy, "responsible");
  }

  public static String number(int year, long sequence) {
    return String.format("ZK-%04d-%05d", year, sequence);
  }

  /**
   * Sends a referral; {@code consent} is the recorded consent to pass on personal data, null for an
   * anonymous consultation.
   */
  public Referral refer(
      Organisation organisation, CareNeed need, LocalDate sentOn, ReferralConsent consent) {
    requireOpen();
    Referral referral = new Referral(this, organisation, need, sentOn, consent);
    referrals.add(referral);
    return referral;
  }

  public Referral referral(long referralId) {
    return referrals.stream()
        .filter(r -> Objects.equals(r.id(), referralId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("referral", String.valueOf(referralId)));
  }

  public Referral acceptReferral(long referralId, LocalDate on) {
    requireOpen();
    Referral referral = referral(referralId);
    referral.accept(on);
    return referral;
  }

  public Referral declineReferral(
      long referralId, DeclineReason reason, Sealed note, LocalDate on) {
    requireOpen();
    Referral referral = referral(referralId);
    referral.decline(reason, note, on);
    return referral;
  }

  public Referral endReferral(long referralId, ReferralOutcome outcome, Sealed note, LocalDate on) {
    requireOpen();
    Referral referral = referral(referralId);
    referral.end(outcome, note, on);
    return referral;
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

  /**
   * A task for {@code assignee} (a colleague of the region, checked by the caller; null for anyone
   * of the region).
   */
  public CaseTask addTask(Sealed title, LocalDate dueOn, String assignee) {
    requireOpen();
    if (title == null) {
      throw new InvalidInputException("title", "is required");
    }
    CaseTask task = new CaseTask(this, title, requireDay(dueOn, "dueOn"));
    task.assignTo(assignee);
    tasks.add(task);
    return task;
  }

  public CaseTask completeTask(long taskId, LocalDate on) {
    requireOpen();
    CaseTask task = task(taskId);
    task.complete(requireDay(on, "doneOn"));
    return task;
  }

  /** Undoes a "done" clicked too soon or by mistake: the task is open again. */
  public CaseTask undoTask(long taskId) {
    requireOpen();
    CaseTask task = task(taskId);
    task.undo();
    return task;
  }

  /** Gives a task to a colleague of the region (checked by the caller), or to anyone (null). */
  public CaseTask assignTask(long taskId, String assignee) {
    requireOpen();
    CaseTask task = task(taskId);
    if (Objects.equals(task.assignee(), assignee)) {
      throw new InvalidInputException("assignee", "the task is already theirs");
    }
    task.assignTo(assignee);
    return task;
  }

  public CaseTask task(long taskId) {
    return tasks.stream()
        .filter(t -> Objects.equals(t.id(), taskId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("task", String.valueOf(taskId)));
  }

  /**
   * Hands the case over to another coordinator of its region (the caller checks that they are one);
   * a closed case is handed over too, so that someone answers for a reopening.
   */
  public void handOver(String to) {
    String colleague = requireUser(to, "responsible");
    if (colleague.equals(responsible)) {
      throw new InvalidInputException("responsible", "the case is already theirs");
    }
    this.responsible = colleague;
  }

  /** Sets a flag; false when it was set already. */
  public boolean flag(CaseFlag flag) {
    requireOpen();
    Set<CaseFlag> now = flags();
    boolean added = now.add(Objects.requireNonNull(flag, "flag"));
    flags = codes(now);
    return added;
  }

  /** Clears a flag; false when it was not set. */
  public boolean unflag(CaseFlag flag) {
    requireOpen();
    Set<CaseFlag> now = flags();
    boolean removed = now.remove(Objects.requireNonNull(flag, "flag"));
    flags = codes(now);
    return removed;
  }

  public Set<CaseFlag> flags() {
    EnumSet<CaseFlag> set = EnumSet.noneOf(CaseFlag.class);
    if (!flags.isBlank()) {
      Arrays.stream(flags.split(","))
          .map(code -> Coded.parse(CaseFlag.class, "flags", code))
          .forEach(set::add);
    }
    return set;
  }

  private static String codes(Set<CaseFlag> flags) {
    return flags.stream().sorted().map(Coded::code).collect(Collectors.joining(","));
  }

  /**
   * Moves an open case to another region: the one most of its signals are in now, or the one it was
   * transferred to; a closed one stays.
   */
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

  /**
   * Opens a closed case again, for a reason ({@link ReopenReason#OTHER} explained in the note); an
   * anonymised case has lost what it would be reopened for.
   */
  public void reopen(ReopenReason reason, Sealed note, LocalDate on) {
    if (status != CaseStatus.CLOSED) {
      throw new InvalidInputException("case", "the case is open");
    }
    if (anonymisedAt != null) {
      throw new InvalidInputException("case", "the case was anonymised: open a new one");
    }
    if (reason == null) {
      throw new InvalidInputException("reopenReason", "is required");
    }
    if (reason == ReopenReason.OTHER && note == null) {
      throw new InvalidInputException("reopenNote", "explain the reason when it is 'other'");
    }
    LocalDate day = requireDay(on, "reopenedOn");
    if (day.isBefore(closedOn)) {
      throw new InvalidInputException("reopenedOn", "lies before the day the case was closed");
    }
    this.status = CaseStatus.OPEN;
    this.closedOn = null;
    this.closeReason = null;
    this.closeNote = null;
    this.reopenReason = reason;
    this.reopenNote = note;
    this.reopenedOn = day;
  }

  /** Clears the case's free text; what reports count stays. */
  public void anonymise(OffsetDateTime at) {
    if (status != CaseStatus.CLOSED) {
      throw new IllegalStateException("only a closed case is anonymised");
    }
    closeNote = null;
    reopenNote = null;
    reflectionException = null;
    meetings.forEach(Meeting::anonymise);
    referrals.forEach(Referral::anonymise);
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

  private static String requireUser(String userName, String field) {
    if (userName == null || userName.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    return userName.strip();
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

  public String responsible() {
    return responsible;
  }

  public ReopenReason reopenReason() {
    return reopenReason;
  }

  public LocalDate reopenedOn() {
    return reopenedOn;
  }

  public Sealed reopenNote() {
    return reopenNote;
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
