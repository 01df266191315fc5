package nl.wegwijzer.casework.service;

import static nl.wegwijzer.casework.service.Views.code;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.CaseEvent;
import nl.wegwijzer.casework.model.CaseFile;
import nl.wegwijzer.casework.model.CaseTask;
import nl.wegwijzer.casework.model.Deadlines;
import nl.wegwijzer.casework.model.Meeting;
import nl.wegwijzer.casework.model.Referral;
import nl.wegwijzer.casework.model.Signal;

/**
 * A case as its coordinator sees it: signals, care, deadlines and the timeline, decrypted. The
 * reflection period names the regulation and rule version that computed its end, and the reason
 * when it was started against that rule ({@code reflectionException}).
 */
public record CaseView(
    String number,
    String region,
    String status,
    LocalDate openedOn,
    List<SignalSummary> signals,
    LocalDate reflectionStart,
    LocalDate reflectionEnd,
    String reflectionRegulation,
    String reflectionRuleVersion,
    String reflectionException,
    LocalDate lastReviewOn,
    LocalDate nextReview,
    String policeReport,
    LocalDate policeReportOn,
    List<ReferralView> referrals,
    List<MeetingView> meetings,
    List<TaskView> tasks,
    LocalDate closedOn,
    String closeReason,
    String closeNote,
    List<EventView> timeline,
    boolean anonymised,
    long version,
    CaseGlance glance) {

  /**
   * A referral; {@code id} addresses it when it is answered. {@code personalData} false: an
   * anonymous consultation; else who consented and when. {@code note} explains a decline or an
   * outcome 'other'.
   */
  public record ReferralView(
      long id,
      String organisation,
      String organisationName,
      String careNeed,
      String status,
      LocalDate sentOn,
      LocalDate answeredOn,
      LocalDate endedOn,
      boolean personalData,
      String consentSignedBy,
      LocalDate consentOn,
      String declineReason,
      String outcome,
      String note) {

    static ReferralView of(Referral r, FieldCipher cipher) {
      return new ReferralView(
          r.id(),
          r.organisation().slug(),
          r.organisation().name(),
          code(r.careNeed()),
          code(r.status()),
          r.sentOn(),
          r.answeredOn(),
          r.endedOn(),
          r.personalData(),
          code(r.consentSignedBy()),
          r.consentOn(),
          code(r.declineReason()),
          code(r.outcome()),
          cipher.open(r.note()));
    }
  }

  public record MeetingView(LocalDate heldOn, String participants, String notes) {
    static MeetingView of(Meeting m, FieldCipher cipher) {
      return new MeetingView(m.heldOn(), cipher.open(m.participants()), cipher.open(m.notes()));
    }
  }

  /** A task; {@code assignee} is the user name of the colleague it is for (null: anyone). */
  public record TaskView(
      long id, String title, LocalDate dueOn, LocalDate doneOn, boolean overdue, String assignee) {
    static TaskView of(CaseTask t, FieldCipher cipher, LocalDate today) {
      return new TaskView(
          t.id(),
          cipher.open(t.title()),
          t.dueOn(),
          t.doneOn(),
          !t.done() && Deadlines.overdue(t.dueOn(), today),
          t.assignee());
    }
  }

  public record EventView(OffsetDateTime at, String actor, String kind, String detail) {
    static EventView of(CaseEvent e) {
      return new EventView(e.at(), e.actor(), code(e.kind()), e.detail());
    }
  }

  static CaseView of(
      CaseFile c,
      List<Signal> signals,
      List<CaseEvent> events,
      FieldCipher cipher,
      LocalDate today) {
    return new CaseView(
        c.number(),
        c.region().code(),
        code(c.status()),
        c.openedOn(),
        signals.stream().map(s -> SignalSummary.of(s, cipher)).toList(),
        c.reflectionStart(),
        c.reflectionEnd(),
        c.reflectionRegulation(),
        c.reflectionRuleVersion(),
        cipher.open(c.reflectionException()),
        c.lastReviewOn(),
        c.nextReview(),
        code(c.policeReport()),
        c.policeReportOn(),
        c.referrals().stream().map(r -> ReferralView.of(r, cipher)).toList(),
        c.meetings().stream().map(m -> MeetingView.of(m, cipher)).toList(),
        c.tasks().stream().map(t -> TaskView.of(t, cipher, today)).toList(),
        c.closedOn(),
        code(c.closeReason()),
        cipher.open(c.closeNote()),
        events.stream().map(EventView::of).toList(),
        c.anonymisedAt() != null,
        c.version(),
        CaseGlance.of(c, signals, cipher, today));
  }
}
