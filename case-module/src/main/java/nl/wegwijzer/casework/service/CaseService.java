package nl.wegwijzer.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.AccessAction;
import nl.wegwijzer.casework.model.CaseEvent;
import nl.wegwijzer.casework.model.CaseFile;
import nl.wegwijzer.casework.model.CaseFlag;
import nl.wegwijzer.casework.model.CaseStatus;
import nl.wegwijzer.casework.model.CaseTask;
import nl.wegwijzer.casework.model.CloseReason;
import nl.wegwijzer.casework.model.Deadlines;
import nl.wegwijzer.casework.model.EventKind;
import nl.wegwijzer.casework.model.Nationalities;
import nl.wegwijzer.casework.model.PoliceReport;
import nl.wegwijzer.casework.model.ReopenReason;
import nl.wegwijzer.casework.model.Signal;
import nl.wegwijzer.casework.model.SubjectType;
import nl.wegwijzer.casework.repository.AccessLogRepository;
import nl.wegwijzer.casework.repository.CaseEventRepository;
import nl.wegwijzer.casework.repository.CaseFilter;
import nl.wegwijzer.casework.repository.CaseRepository;
import nl.wegwijzer.casework.repository.SignalRepository;
import nl.wegwijzer.content.rules.Eligibility;
import nl.wegwijzer.content.rules.RuleAnswer;
import nl.wegwijzer.content.rules.RuleRefusal;
import nl.wegwijzer.content.rules.VictimProfile;
import nl.wegwijzer.content.service.RuleBook;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * Following cases: bundling signals, referrals, the police report, meetings, tasks, deadlines and
 * closing. The same region rule as for signals: another region's case does not exist for the actor.
 * Every change writes the timeline and the access log in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CaseService {

  public static final int MAX_TEXT = 10_000;
  public static final int MAX_TITLE = 300;

  /** The purpose of the access log's lines that say someone read the access log. */
  public static final String ACCESS_LOG_PURPOSE = "access-log";

  private final CaseRepository cases;
  private final SignalRepository signals;
  private final CaseEventRepository events;
  private final AccessLogRepository accessLogLines;
  private final SignalService signalService;
  private final ActorRegions regions;
  private final FieldCipher cipher;
  private final AccessLog accessLog;
  private final RuleBook rules;
  private final Clock clock;
  private final Colleagues colleagues;

  protected CaseService() {
    this(null, null, null, null, null, null, null, null, null, null, null);
  }

  @Inject
  public CaseService(
      CaseRepository cases,
      SignalRepository signals,
      CaseEventRepository events,
      AccessLogRepository accessLogLines,
      SignalService signalService,
      ActorRegions regions,
      FieldCipher cipher,
      AccessLog accessLog,
      RuleBook rules,
      Clock clock,
      Colleagues colleagues) {
    this.cases = cases;
    this.signals = signals;
    this.events = events;
    this.accessLogLines = accessLogLines;
    this.signalService = signalService;
    this.regions = regions;
    this.cipher = cipher;
    this.accessLog = accessLog;
    this.rules = rules;
    this.clock = clock;
    this.colleagues = colleagues;
  }

  /** Opens a case for the person a registered signal is about, with a new case number. */
  public CaseView open(Actor actor, String signalReference) {
    Signal signal = signalService.visible(actor, signalReference);
    if (signal.caseFile() != null) {
      throw new InvalidInputException(
          "signal", "this signal is already part of case " + signal.caseFile().number());
    }
    CaseFile caseFile =
        cases.add(
            new CaseFile(
                CaseFile.number(today().getYear(), cases.nextSequence()),
                signal.region(),
                today(),
                now(),
                actor.username()));
    event(actor, caseFile, EventKind.OPENED, null);
    linkSignal(actor, caseFile, signal);
    accessLog.record(actor, AccessAction.CREATE, SubjectType.CASE, caseFile.number(), "open-case");
    return view(caseFile);
  }

  /** Adds a signal about the same person to an existing case of the same region. */
  public CaseView link(Actor actor, String number, String signalReference) {
    CaseFile caseFile = visible(actor, number);
    Signal signal = signalService.visible(actor, signalReference);
    if (caseFile.status() != CaseStatus.OPEN) {
      throw new InvalidInputException("case", "the case is closed");
    }
    if (signal.caseFile() != null) {
      throw new InvalidInputException(
          "signal", "this signal is already part of case " + signal.caseFile().number());
    }
    linkSignal(actor, caseFile, signal);
    accessLog.record(actor, AccessAction.UPDATE, SubjectType.CASE, number, "link-signal");
    return view(caseFile);
  }

  private void linkSignal(Actor actor, CaseFile caseFile, Signal signal) {
    signal.linkTo(caseFile);
    event(actor, caseFile, EventKind.SIGNAL_LINKED, signal.reference());
    if (Boolean.TRUE.equals(signal.minor())) {
      flagged(actor, caseFile, CaseFlag.MINOR);
    }
    if (Boolean.TRUE.equals(signal.interpreterNeeded())) {
      flagged(actor, caseFile, CaseFlag.INTERPRETER_NEEDED);
    }
    accessLog.record(
        actor, AccessAction.UPDATE, SubjectType.SIGNAL, signal.reference(), "link-to-case");
  }

  public CaseView read(Actor actor, String number, String purpose) {
    CaseFile caseFile = visible(actor, number);
    accessLog.record(actor, AccessAction.READ, SubjectType.CASE, caseFile.number(), purpose);
    return view(caseFile);
  }

  /** The actor's cases that match, newest first; every case listed is logged. */
  public Page<CaseSummary> list(Actor actor, CaseQuery query, PageRequest page, String purpose) {
    if (query.from() != null && query.until() != null && query.until().isBefore(query.from())) {
      throw new InvalidInputException("until", "the end of the period lies before its start");
    }
    Page<CaseFile> found =
        cases.list(
            new CaseFilter(
                regions.idsOf(actor),
                query.status(),
                query.form(),
                query.reporterType(),
                query.from(),
                query.until(),
                query.dueTasks() ? today() : null),
            page);
    accessLog.recordListing(
        actor, SubjectType.CASE, found.items().stream().map(CaseFile::number).toList(), purpose);
    return found.map(CaseSummary::of);
  }

  public CaseView recordPoliceReport(
      Actor actor, String number, PoliceReport report, LocalDate on) {
    return change(
        actor,
        number,
        "police-report",
        EventKind.POLICE_REPORT,
        c -> {
          c.recordPoliceReport(report, dayOr(on));
          return report.code();
        });
  }

  /**
   * Starts the reflection period on {@code start} (today when null), computed by the rule version
   * valid that day, the Dublin term where the person is a Dublin claimant and the version has one.
   * Where the rule says it does not apply to this person (an EU citizen, say), it is refused with
   * the reason and the rule version ({@link RuleRefusal}), unless the coordinator gives an {@code
   * exceptionReason}: then it starts, and the exception is kept and logged.
   */
  public CaseView startReflectionPeriod(
      Actor actor, String number, LocalDate start, boolean dublinClaimant, String exceptionReason) {
    CaseFile caseFile = visible(actor, number);
    LocalDate day = dayOr(start);
    RuleAnswer answer = rules.reflectionPeriod(profileOf(caseFile), day);
    boolean exception = answer.verdict() == Eligibility.Verdict.DOES_NOT_APPLY;
    String reason = Text.optional(exceptionReason, "exceptionReason", MAX_TEXT);
    if (exception && reason == null) {
      throw new RuleRefusal("reflectionStart", answer);
    }
    Period period =
        answer
            .reflectionPeriod(dublinClaimant)
            .orElseThrow(() -> new IllegalStateException("the rule sets no reflection period"));
    caseFile.startReflectionPeriod(
        day,
        period,
        answer.regulation(),
        answer.ruleVersion(),
        exception ? cipher.seal(reason) : null);
    String rule = answer.regulation() + " " + answer.ruleVersion();
    event(
        actor,
        caseFile,
        EventKind.REFLECTION_STARTED,
        "ends " + caseFile.reflectionEnd() + " (" + rule + ")");
    if (exception) {
      event(
          actor, caseFile, EventKind.REFLECTION_EXCEPTION, answer.reasonKey() + " (" + rule + ")");
    }
    accessLog.record(
        actor,
        AccessAction.UPDATE,
        SubjectType.CASE,
        caseFile.number(),
        exception ? "reflection-period-exception" : "reflection-period");
    return view(caseFile);
  }

  /**
   * What the rules need to know of the person: the nationality group the linked signals agree on
   * (unknown when they differ or say nothing) and where the report to the police stands.
   */
  private VictimProfile profileOf(CaseFile caseFile) {
    Set<NationalityGroup> groups = new LinkedHashSet<>();
    for (Signal signal : signals.ofCase(caseFile)) {
      NationalityGroup group = Nationalities.groupOf(signal.nationality());
      if (group != null) {
        groups.add(group);
      }
    }
    NationalityGroup nationality = groups.size() == 1 ? groups.iterator().next() : null;
    nl.wegwijzer.content.model.PoliceReport report =
        switch (caseFile.policeReport()) {
          case REPORTED -> nl.wegwijzer.content.model.PoliceReport.YES;
          case DECLINED_TO_REPORT -> nl.wegwijzer.content.model.PoliceReport.NO;
          case NOT_REPORTED, INFORMATIVE_TALK -> nl.wegwijzer.content.model.PoliceReport.UNDECIDED;
        };
    return new VictimProfile(null, nationality, null, report);
  }

  public CaseView reviewed(Actor actor, String number, LocalDate on) {
    return change(
        actor,
        number,
        "review",
        EventKind.REVIEWED,
        c -> {
          c.reviewed(dayOr(on));
          return "next " + c.nextReview();
        });
  }

  public CaseView recordMeeting(
      Actor actor, String number, LocalDate heldOn, String participants, String notes) {
    return change(
        actor,
        number,
        "meeting",
        EventKind.MEETING,
        c -> {
          c.recordMeeting(
              dayOr(heldOn),
              cipher.seal(Text.optional(participants, "participants", MAX_TITLE)),
              cipher.seal(Text.optional(notes, "notes", MAX_TEXT)));
          return null;
        });
  }

  public CaseView addTask(Actor actor, String number, String title, LocalDate dueOn) {
    return addTask(actor, number, title, dueOn, null);
  }

  /** A task for a colleague of the case's region ({@code assignee}, a user name; null: anyone). */
  public CaseView addTask(
      Actor actor, String number, String title, LocalDate dueOn, String assignee) {
    return change(
        actor,
        number,
        "task",
        EventKind.TASK_ADDED,
        c -> {
          c.addTask(
              cipher.seal(Text.required(title, "title", MAX_TITLE)),
              dueOn,
              colleagueOrAnyone(c, assignee, "assignee"));
          return "due " + dueOn;
        });
  }

  public CaseView assignTask(Actor actor, String number, long taskId, String assignee) {
    return change(
        actor,
        number,
        "task",
        EventKind.TASK_ASSIGNED,
        c -> c.assignTask(taskId, colleagueOrAnyone(c, assignee, "assignee")).assignee());
  }

  /** Undoes a "done": the task is open again, and shows in the worklist when due. */
  public CaseView undoTask(Actor actor, String number, long taskId) {
    return change(
        actor,
        number,
        "task",
        EventKind.TASK_REOPENED,
        c -> {
          c.undoTask(taskId);
          return null;
        });
  }

  /** Hands the case over to another coordinator of its region. */
  public CaseView handOver(Actor actor, String number, String to) {
    return change(
        actor,
        number,
        "hand-over",
        EventKind.HANDED_OVER,
        c -> {
          c.handOver(colleague(c, to, "responsible"));
          return c.responsible();
        });
  }

  /**
   * Hands over the case the caller saw at {@code seenVersion}; when it changed since, nothing
   * happens ({@link ConflictException}).
   */
  public CaseView handOver(Actor actor, String number, long seenVersion, String to) {
    unchangedSince(actor, number, seenVersion);
    return handOver(actor, number, to);
  }

  /** Sets or clears a flag of the case the caller saw at {@code seenVersion}; else as above. */
  public CaseView flag(Actor actor, String number, long seenVersion, CaseFlag flag, boolean set) {
    unchangedSince(actor, number, seenVersion);
    return flag(actor, number, flag, set);
  }

  /** Reopens the case the caller saw at {@code seenVersion}; else as above. */
  public CaseView reopen(
      Actor actor,
      String number,
      long seenVersion,
      ReopenReason reason,
      String note,
      LocalDate on) {
    unchangedSince(actor, number, seenVersion);
    return reopen(actor, number, reason, note, on);
  }

  /** Sets or clears a flag; nothing is written when it already stood that way. */
  public CaseView flag(Actor actor, String number, CaseFlag flag, boolean set) {
    CaseFile caseFile = visible(actor, number);
    if (flag == null) {
      throw new InvalidInputException("flag", "is required");
    }
    if (set ? caseFile.flag(flag) : caseFile.unflag(flag)) {
      changed(actor, caseFile, "flag", set ? EventKind.FLAGGED : EventKind.UNFLAGGED, flag.code());
    }
    return view(caseFile);
  }

  private void flagged(Actor actor, CaseFile caseFile, CaseFlag flag) {
    if (caseFile.flag(flag)) {
      event(actor, caseFile, EventKind.FLAGGED, flag.code());
    }
  }

  /**
   * Opens a closed case again with a reason, which the timeline shows; the coordinator who reopens
   * it answers for it from then on when they are not the one already.
   */
  public CaseView reopen(
      Actor actor, String number, ReopenReason reason, String note, LocalDate on) {
    CaseFile caseFile = visible(actor, number);
    caseFile.reopen(reason, cipher.seal(Text.optional(note, "reopenNote", MAX_TEXT)), dayOr(on));
    changed(actor, caseFile, "reopen", EventKind.REOPENED, reason.code());
    return view(caseFile);
  }

  /** The user name of a coordinator of the case's region; anyone else is refused. */
  private String colleague(CaseFile caseFile, String userName, String field) {
    String wanted = userName == null ? "" : userName.strip();
    return colleagues
        .find(wanted, caseFile.region().code())
        .map(Colleagues.Colleague::userName)
        .orElseThrow(
            () -> new InvalidInputException(field, "not a coordinator of the case's region"));
  }

  private String colleagueOrAnyone(CaseFile caseFile, String userName, String field) {
    return userName == null || userName.isBlank() ? null : colleague(caseFile, userName, field);
  }

  /** The coordinators of the case's region, to hand the case or a task over to. */
  public List<Colleagues.Colleague> colleagues(Actor actor, String number) {
    return colleagues.ofRegion(visible(actor, number).region().code());
  }

  public CaseView completeTask(Actor actor, String number, long taskId, LocalDate on) {
    return change(
        actor,
        number,
        "task",
        EventKind.TASK_DONE,
        c -> {
          c.completeTask(taskId, dayOr(on));
          return null;
        });
  }

  /**
   * Closes the case the coordinator saw at {@code seenVersion}; when it changed since (another
   * coordinator closed or changed it), nothing happens ({@link ConflictException}).
   */
  public CaseView close(
      Actor actor, String number, long seenVersion, CloseReason reason, String note, LocalDate on) {
    unchangedSince(actor, number, seenVersion);
    return close(actor, number, reason, note, on);
  }

  /** Refuses a change to a case that changed since the caller saw it at {@code seenVersion}. */
  private void unchangedSince(Actor actor, String number, long seenVersion) {
    if (visible(actor, number).version() != seenVersion) {
      throw new ConflictException("case " + number);
    }
  }

  public CaseView close(Actor actor, String number, CloseReason reason, String note, LocalDate on) {
    return change(
        actor,
        number,
        "close",
        EventKind.CLOSED,
        c -> {
          c.close(reason, cipher.seal(Text.optional(note, "note", MAX_TEXT)), dayOr(on));
          return reason.code();
        });
  }

  /**
   * What is due in the actor's open cases within the look-ahead, overdue first: open tasks, ends of
   * reflection periods without a decision on reporting, and reviews. Each case shown is logged.
   */
  public List<WorkItem> worklist(Actor actor) {
    Set<Long> regionIds = regions.idsOf(actor);
    LocalDate today = today();
    LocalDate horizon = today.plus(Deadlines.LOOK_AHEAD);
    List<WorkItem> items = new ArrayList<>();
    for (CaseTask task : cases.tasksDue(regionIds, horizon)) {
      items.add(
          new WorkItem(
              task.caseFile().number(),
              "task",
              task.dueOn(),
              Deadlines.overdue(task.dueOn(), today),
              task.id(),
              cipher.open(task.title()),
              task.assignee()));
    }
    for (CaseFile c : cases.reflectionsEndingBy(regionIds, horizon)) {
      addIfDue(items, c, "reflection-end", c.reflectionEnd(), today);
    }
    // Month arithmetic does not run backwards exactly: the query takes a few days more, the
    // domain's deadline decides.
    for (CaseFile c :
        cases.lastReviewedBy(regionIds, horizon.minus(Deadlines.REVIEW_INTERVAL).plusDays(3))) {
      addIfDue(items, c, "review", c.nextReview(), today);
    }
    items.sort(Comparator.comparing(WorkItem::dueOn).thenComparing(WorkItem::caseNumber));
    accessLog.recordListing(
        actor,
        SubjectType.CASE,
        List.copyOf(new LinkedHashSet<>(items.stream().map(WorkItem::caseNumber).toList())),
        "worklist");
    return items;
  }

  private static void addIfDue(
      List<WorkItem> items, CaseFile c, String kind, LocalDate due, LocalDate today) {
    if (due != null && Deadlines.dueSoon(due, today)) {
      items.add(
          new WorkItem(c.number(), kind, due, Deadlines.overdue(due, today), null, null, null));
    }
  }

  /** Who read or changed the case and its signals, newest first, with reading the log itself. */
  public Page<AccessLogLine> accessLog(Actor actor, String number, PageRequest page) {
    return accessLog(actor, number, page, true);
  }

  /**
   * Who read or changed the case and its signals, newest first. Reading the log is logged too
   * (purpose {@value #ACCESS_LOG_PURPOSE}); without {@code withLogReading} those lines are left
   * out, so that looking at the log does not fill it.
   */
  public Page<AccessLogLine> accessLog(
      Actor actor, String number, PageRequest page, boolean withLogReading) {
    CaseFile caseFile = visible(actor, number);
    List<String> references = signals.ofCase(caseFile).stream().map(Signal::reference).toList();
    Page<AccessLogLine> lines =
        accessLogLines
            .ofCase(caseFile.number(), references, withLogReading ? null : ACCESS_LOG_PURPOSE, page)
            .map(AccessLogLine::of);
    accessLog.record(
        actor, AccessAction.READ, SubjectType.CASE, caseFile.number(), ACCESS_LOG_PURPOSE);
    return lines;
  }

  /** A case of the actor's regions; any other is not found. */
  CaseFile visible(Actor actor, String number) {
    return cases
        .findByNumber(number == null ? "" : number.strip().toUpperCase())
        .filter(c -> actor.covers(c.region()))
        .orElseThrow(() -> new NotFoundException("case", number));
  }

  private CaseView change(
      Actor actor,
      String number,
      String purpose,
      EventKind kind,
      java.util.function.Function<CaseFile, String> work) {
    CaseFile caseFile = visible(actor, number);
    String detail = work.apply(caseFile);
    changed(actor, caseFile, purpose, kind, detail);
    return view(caseFile);
  }

  private void changed(
      Actor actor, CaseFile caseFile, String purpose, EventKind kind, String detail) {
    event(actor, caseFile, kind, detail);
    accessLog.record(actor, AccessAction.UPDATE, SubjectType.CASE, caseFile.number(), purpose);
  }

  private void event(Actor actor, CaseFile caseFile, EventKind kind, String detail) {
    events.add(new CaseEvent(caseFile, now(), actor.username(), kind, detail));
  }

  private CaseView view(CaseFile caseFile) {
    cases.flush();
    return CaseView.of(
        caseFile, signals.ofCase(caseFile), events.ofCase(caseFile), cipher, today());
  }

  private LocalDate dayOr(LocalDate day) {
    return day == null ? today() : day;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
