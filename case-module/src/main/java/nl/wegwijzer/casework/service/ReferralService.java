package nl.wegwijzer.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.AccessAction;
import nl.wegwijzer.casework.model.CaseEvent;
import nl.wegwijzer.casework.model.CaseFile;
import nl.wegwijzer.casework.model.Consent;
import nl.wegwijzer.casework.model.EventKind;
import nl.wegwijzer.casework.model.PersonAge;
import nl.wegwijzer.casework.model.Referral;
import nl.wegwijzer.casework.model.ReferralConsent;
import nl.wegwijzer.casework.model.ReferralStatus;
import nl.wegwijzer.casework.model.Sealed;
import nl.wegwijzer.casework.model.Signal;
import nl.wegwijzer.casework.model.SubjectType;
import nl.wegwijzer.casework.repository.CaseEventRepository;
import nl.wegwijzer.casework.repository.CaseRepository;
import nl.wegwijzer.casework.repository.SignalRepository;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.model.ProfileState;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.service.OrganisationService;
import nl.wegwijzer.directory.support.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Referrals that close the loop: sent (with consent to pass on personal data, or as an anonymous
 * consultation), accepted or declined with a reason, ended with an outcome; and those waiting for
 * an answer longer than {@code wegwijzer.casework.referral-answer-days} days, for the worklist. The
 * same region rule as for cases: another region's case does not exist for the actor.
 */
@ApplicationScoped
@Transactional
public class ReferralService {

  private final CaseService cases;
  private final CaseRepository caseFiles;
  private final SignalRepository signals;
  private final CaseEventRepository events;
  private final OrganisationService organisations;
  private final ActorRegions regions;
  private final FieldCipher cipher;
  private final AccessLog accessLog;
  private final Clock clock;
  private final int answerDays;

  protected ReferralService() {
    this(null, null, null, null, null, null, null, null, null, 1);
  }

  @Inject
  public ReferralService(
      CaseService cases,
      CaseRepository caseFiles,
      SignalRepository signals,
      CaseEventRepository events,
      OrganisationService organisations,
      ActorRegions regions,
      FieldCipher cipher,
      AccessLog accessLog,
      Clock clock,
      @ConfigProperty(name = "wegwijzer.casework.referral-answer-days", defaultValue = "14")
          int answerDays) {
    if (answerDays < 1) {
      throw new IllegalStateException("wegwijzer.casework.referral-answer-days must be 1 or more");
    }
    this.cases = cases;
    this.caseFiles = caseFiles;
    this.signals = signals;
    this.events = events;
    this.organisations = organisations;
    this.regions = regions;
    this.cipher = cipher;
    this.accessLog = accessLog;
    this.clock = clock;
    this.answerDays = answerDays;
  }

  /** After how many days without an answer a referral shows in the worklist. */
  public int answerDays() {
    return answerDays;
  }

  /**
   * Refers the person to an organisation of the directory (by its slug); not to one that editors
   * took out of it (archived), which a coordinator may still have on an open page. Passing on
   * personal data needs the consent recorded, signed as the consent rule says for the person's age
   * (the person from 16, a parent or guardian below); without it only an anonymous consultation is
   * recorded.
   */
  public CaseView.ReferralView refer(Actor actor, String number, ReferralOrder order) {
    CaseFile caseFile = cases.visible(actor, number);
    String slug = order.organisation() == null ? "" : order.organisation().strip();
    Organisation organisation =
        organisations
            .find(slug)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "organisation", "no organisation '" + slug + "' in the directory"));
    if (organisation.state() == ProfileState.ARCHIVED) {
      throw new InvalidInputException(
          "organisation",
          "organisation '" + slug + "' is archived: it is no longer in the directory to refer to");
    }
    LocalDate sentOn = dayOr(order.sentOn());
    ReferralConsent consent = null;
    if (order.personalData()) {
      if (order.consentSignedBy() == null || order.consentOn() == null) {
        throw new InvalidInputException(
            order.consentSignedBy() == null ? "consentSignedBy" : "consentOn",
            "personal data is passed on only with recorded consent;"
                + " without it record an anonymous consultation");
      }
      consent = new ReferralConsent(order.consentSignedBy(), order.consentOn());
      ageOf(caseFile).checkConsent(Consent.GIVEN, consent.signedBy(), consent.on());
    } else if (order.consentSignedBy() != null || order.consentOn() != null) {
      throw new InvalidInputException(
          "consentSignedBy", "an anonymous consultation passes on no personal data to consent to");
    }
    Referral referral = caseFile.refer(organisation, order.careNeed(), sentOn, consent);
    caseFiles.flush();
    changed(actor, caseFile, "refer", EventKind.REFERRAL_SENT, organisation.slug());
    return CaseView.ReferralView.of(referral, cipher);
  }

  /** Records the organisation's answer (accepted, declined) or the end of an accepted referral. */
  public CaseView.ReferralView answer(
      Actor actor, String number, long referralId, ReferralAnswer answer) {
    CaseFile caseFile = cases.visible(actor, number);
    LocalDate on = dayOr(answer.on());
    Referral referral;
    EventKind kind;
    String detail;
    switch (answer.status() == null ? ReferralStatus.SENT : answer.status()) {
      case ACCEPTED -> {
        referral = caseFile.acceptReferral(referralId, on);
        kind = EventKind.REFERRAL_ACCEPTED;
        detail = referral.organisation().slug();
      }
      case DECLINED -> {
        referral = caseFile.declineReferral(referralId, answer.declineReason(), note(answer), on);
        kind = EventKind.REFERRAL_DECLINED;
        detail = referral.organisation().slug() + ": " + referral.declineReason().code();
      }
      case ENDED -> {
        referral = caseFile.endReferral(referralId, answer.outcome(), note(answer), on);
        kind = EventKind.REFERRAL_ENDED;
        detail = referral.organisation().slug() + ": " + referral.outcome().code();
      }
      default -> throw new InvalidInputException("status", "accepted, declined or ended");
    }
    caseFiles.flush();
    changed(actor, caseFile, "referral", kind, detail);
    return CaseView.ReferralView.of(referral, cipher);
  }

  /**
   * Referrals in the actor's open cases sent {@link #answerDays()} days ago or longer that still
   * wait for an answer, as worklist items (due the day the answer was expected). Each case shown is
   * logged.
   */
  public List<WorkItem> waitingForAnswer(Actor actor) {
    LocalDate today = LocalDate.now(clock);
    List<WorkItem> items =
        caseFiles.referralsWaitingSince(regions.idsOf(actor), today.minusDays(answerDays)).stream()
            .map(
                r ->
                    new WorkItem(
                        r.caseFile().number(),
                        "referral-waiting",
                        r.sentOn().plusDays(answerDays),
                        true,
                        null,
                        r.organisation().name(),
                        null))
            .toList();
    accessLog.recordListing(
        actor,
        SubjectType.CASE,
        List.copyOf(new LinkedHashSet<>(items.stream().map(WorkItem::caseNumber).toList())),
        "worklist-referrals");
    return items;
  }

  /**
   * Where the person is, to find organisations near them: the municipality (CBS code) of the case's
   * newest signal that names one; empty when none does. The case page that asks has logged its
   * reading.
   */
  public Optional<String> placeOf(Actor actor, String number) {
    return signals.ofCase(cases.visible(actor, number)).stream()
        .sorted(Comparator.comparing(Signal::createdAt).reversed())
        .map(Signal::municipalityCode)
        .filter(code -> code != null && !code.isBlank())
        .findFirst();
  }

  /** What the case's signals know of the person's age, for the consent rule. */
  private PersonAge ageOf(CaseFile caseFile) {
    return signals.ofCase(caseFile).stream()
        .map(Signal::age)
        .filter(PersonAge::known)
        .findFirst()
        .orElse(PersonAge.UNKNOWN);
  }

  private Sealed note(ReferralAnswer answer) {
    return cipher.seal(Text.optional(answer.explanation(), "explanation", CaseService.MAX_TEXT));
  }

  private void changed(
      Actor actor, CaseFile caseFile, String purpose, EventKind kind, String detail) {
    events.add(new CaseEvent(caseFile, OffsetDateTime.now(clock), actor.username(), kind, detail));
    accessLog.record(actor, AccessAction.UPDATE, SubjectType.CASE, caseFile.number(), purpose);
  }

  private LocalDate dayOr(LocalDate day) {
    return day == null ? LocalDate.now(clock) : day;
  }
}
