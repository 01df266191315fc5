package nl.wegwijzer.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.wegwijzer.casework.model.AccessAction;
import nl.wegwijzer.casework.model.CaseEvent;
import nl.wegwijzer.casework.model.CaseFile;
import nl.wegwijzer.casework.model.EventKind;
import nl.wegwijzer.casework.model.RetentionRun;
import nl.wegwijzer.casework.model.Signal;
import nl.wegwijzer.casework.model.SubjectType;
import nl.wegwijzer.casework.repository.CaseEventRepository;
import nl.wegwijzer.casework.repository.CaseRepository;
import nl.wegwijzer.casework.repository.RetentionRunRepository;
import nl.wegwijzer.casework.repository.SignalRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps case data no longer than needed: closed cases whose retention period ({@code
 * wegwijzer.casework.retention}, an ISO period such as P2Y) has passed are anonymised with their
 * signals; signals set aside at triage are deleted once {@code
 * wegwijzer.casework.set-aside-retention} (P3M unless set) has passed since; and every run is
 * recorded with what it did.
 */
@ApplicationScoped
@Transactional
public class RetentionService {

  public static final Actor JOB = new Actor("retention-job", java.util.Set.of());

  private final CaseRepository cases;
  private final SignalRepository signals;
  private final CaseEventRepository events;
  private final RetentionRunRepository runs;
  private final AccessLog accessLog;
  private final Clock clock;
  private final Period retention;
  private final Period setAsideRetention;

  protected RetentionService() {
    this.cases = null;
    this.signals = null;
    this.events = null;
    this.runs = null;
    this.accessLog = null;
    this.clock = null;
    this.retention = null;
    this.setAsideRetention = null;
  }

  @Inject
  public RetentionService(
      CaseRepository cases,
      SignalRepository signals,
      CaseEventRepository events,
      RetentionRunRepository runs,
      AccessLog accessLog,
      Clock clock,
      @ConfigProperty(name = "wegwijzer.casework.retention", defaultValue = "P2Y") String retention,
      @ConfigProperty(name = "wegwijzer.casework.set-aside-retention", defaultValue = "P3M")
          String setAsideRetention) {
    this.cases = cases;
    this.signals = signals;
    this.events = events;
    this.runs = runs;
    this.accessLog = accessLog;
    this.clock = clock;
    this.retention = parse("wegwijzer.casework.retention", retention);
    this.setAsideRetention = parse("wegwijzer.casework.set-aside-retention", setAsideRetention);
  }

  static Period parse(String name, String value) {
    try {
      Period period = Period.parse(value.strip());
      if (period.isNegative() || period.isZero()) {
        throw new IllegalStateException(name + " must be a positive period");
      }
      return period;
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(name + " is not an ISO period such as P2Y: " + value, e);
    }
  }

  /** How long a signal set aside at triage stays findable. */
  public Period setAsideRetention() {
    return setAsideRetention;
  }

  public Period retention() {
    return retention;
  }

  /** Anonymises and deletes what has expired and records the run. */
  public RetentionRunView anonymiseExpired() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    LocalDate closedBefore = LocalDate.now(clock).minus(retention);
    int signalCount = 0;
    List<CaseFile> expired = cases.closedBeforeNotAnonymised(closedBefore);
    for (CaseFile caseFile : expired) {
      for (Signal signal : signals.ofCase(caseFile)) {
        signal.anonymise(now);
        accessLog.record(
            JOB, AccessAction.UPDATE, SubjectType.SIGNAL, signal.reference(), "retention");
        signalCount++;
      }
      caseFile.anonymise(now);
      events.add(new CaseEvent(caseFile, now, JOB.username(), EventKind.ANONYMISED, null));
      accessLog.record(JOB, AccessAction.UPDATE, SubjectType.CASE, caseFile.number(), "retention");
    }
    int deleted = 0;
    for (Signal signal : signals.setAsideBefore(now.minus(setAsideRetention))) {
      accessLog.record(
          JOB, AccessAction.DELETE, SubjectType.SIGNAL, signal.reference(), "retention-set-aside");
      signals.remove(signal);
      deleted++;
    }
    return RetentionRunView.of(
        runs.add(new RetentionRun(now, closedBefore, expired.size(), signalCount, deleted)));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RetentionRunView> latestRuns(int howMany) {
    return runs.latest(howMany).stream().map(RetentionRunView::of).toList();
  }

  /** What a run did. */
  public record RetentionRunView(
      OffsetDateTime ranAt,
      LocalDate closedBefore,
      int casesAnonymised,
      int signalsAnonymised,
      int setAsideDeleted) {
    static RetentionRunView of(RetentionRun run) {
      return new RetentionRunView(
          run.ranAt(),
          run.closedBefore(),
          run.casesAnonymised(),
          run.signalsAnonymised(),
          run.setAsideDeleted());
    }
  }
}
