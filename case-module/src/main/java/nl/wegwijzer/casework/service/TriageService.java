package nl.wegwijzer.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.AccessAction;
import nl.wegwijzer.casework.model.SetAsideReason;
import nl.wegwijzer.casework.model.Signal;
import nl.wegwijzer.casework.model.SignalEvent;
import nl.wegwijzer.casework.model.SubjectType;
import nl.wegwijzer.casework.repository.SignalRepository;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;

/**
 * Triage of the inbox: a signal from the public form is taken into work (it becomes the
 * coordinator's draft) or set aside with a reason. A set-aside signal leaves the inbox, stays
 * findable under its status until the retention job deletes it, and until then can go back to the
 * inbox. Every decision is in the access log and the signal's history. Same region rule as every
 * signal.
 */
@ApplicationScoped
@Transactional
public class TriageService {

  private final SignalService signalService;
  private final SignalRepository signals;
  private final FieldCipher cipher;
  private final AccessLog accessLog;
  private final Clock clock;

  protected TriageService() {
    this(null, null, null, null, null);
  }

  @Inject
  public TriageService(
      SignalService signalService,
      SignalRepository signals,
      FieldCipher cipher,
      AccessLog accessLog,
      Clock clock) {
    this.signalService = signalService;
    this.signals = signals;
    this.cipher = cipher;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /**
   * What was decided at triage, for the signal's page; null fields where nothing applies. The
   * history holds every decision, oldest first, also those undone.
   */
  public record Decision(
      String reference,
      String status,
      OffsetDateTime triagedAt,
      String triagedBy,
      String reason,
      String advice,
      String duplicateOf,
      List<Step> history) {

    static Decision of(Signal s, FieldCipher cipher) {
      return new Decision(
          s.reference(),
          Views.code(s.status()),
          s.triagedAt(),
          s.triagedBy(),
          Views.code(s.setAsideReason()),
          cipher.open(s.setAsideAdvice()),
          s.duplicateOf() == null ? null : s.duplicateOf().reference(),
          s.history().stream().map(Step::of).toList());
    }
  }

  /**
   * A line of a signal's history: {@code kind} taken-into-work | set-aside | back-to-inbox, by the
   * user name; with set-aside the reason's code as detail.
   */
  public record Step(OffsetDateTime at, String actor, String kind, String detail) {

    static Step of(SignalEvent e) {
      return new Step(e.at(), e.actor(), e.kind().code(), e.detail());
    }
  }

  /** Takes a received signal into work: it leaves the inbox as the actor's draft to complete. */
  public Decision takeIntoWork(Actor actor, String reference) {
    Signal signal = signalService.visible(actor, reference);
    signal.takeIntoWork(actor.username(), now());
    accessLog.record(actor, AccessAction.UPDATE, SubjectType.SIGNAL, signal.reference(), "triage");
    signals.flush();
    return Decision.of(signal, cipher);
  }

  /**
   * Sets a received signal aside: not trafficking (with the advice given), spam, or a duplicate of
   * another signal of the actor's regions (its reference).
   */
  public Decision setAside(
      Actor actor, String reference, SetAsideReason reason, String advice, String duplicateOf) {
    Signal signal = signalService.visible(actor, reference);
    Signal original = null;
    if (duplicateOf != null && !duplicateOf.isBlank()) {
      try {
        original = signalService.visible(actor, duplicateOf);
      } catch (NotFoundException e) {
        throw new InvalidInputException("duplicateOf", "no signal " + duplicateOf + " of yours");
      }
    }
    signal.setAside(
        reason,
        cipher.seal(Text.optional(advice, "advice", SignalForm.MAX_ACCOUNT)),
        original,
        actor.username(),
        now());
    accessLog.record(
        actor,
        AccessAction.UPDATE,
        SubjectType.SIGNAL,
        signal.reference(),
        "triage-set-aside-" + reason.code());
    signals.flush();
    return Decision.of(signal, cipher);
  }

  /**
   * Puts a signal that was set aside back in the inbox, as long as the retention job has not
   * deleted it: it is triaged anew, and its history keeps what was decided before.
   */
  public Decision backToInbox(Actor actor, String reference) {
    Signal signal = signalService.visible(actor, reference);
    signal.backToInbox(actor.username(), now());
    accessLog.record(
        actor, AccessAction.UPDATE, SubjectType.SIGNAL, signal.reference(), "triage-back-to-inbox");
    signals.flush();
    return Decision.of(signal, cipher);
  }

  /**
   * The triage of a signal the actor is shown on its page; that page's read of the signal is in the
   * access log already, so this part of it is not logged again.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Decision decision(Actor actor, String reference) {
    return Decision.of(signalService.visible(actor, reference), cipher);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
