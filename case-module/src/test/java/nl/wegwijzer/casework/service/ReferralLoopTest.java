package nl.wegwijzer.casework.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.wegwijzer.casework.model.AccessAction;
import nl.wegwijzer.casework.model.ConsentSigner;
import nl.wegwijzer.casework.model.DeclineReason;
import nl.wegwijzer.casework.model.ReferralStatus;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.model.SetAsideReason;
import nl.wegwijzer.casework.model.SignalStatus;
import nl.wegwijzer.casework.model.SubjectType;
import nl.wegwijzer.casework.notice.CaseTransferOffered;
import nl.wegwijzer.casework.repository.CaseEventRepository;
import nl.wegwijzer.casework.repository.CaseRepository;
import nl.wegwijzer.casework.repository.CaseTransferRepository;
import nl.wegwijzer.casework.repository.SignalRepository;
import nl.wegwijzer.casework.testing.CaseworkDatabaseTest;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Triage of the inbox, referrals that close the loop, and transfers, against PostgreSQL. */
class ReferralLoopTest extends CaseworkDatabaseTest {

  private static String received(String account) {
    return inCasework(
        c ->
            c.signals()
                .receive(
                    new PublicSignal(
                        "Middelburg", ReporterType.OTHER, account, "buurman@example.org")));
  }

  private static List<String> inbox(Actor actor) {
    return inCasework(
            c ->
                c.signals()
                    .list(
                        actor,
                        new SignalQuery(SignalStatus.RECEIVED, null, null, null, null),
                        PageRequest.first(50),
                        "inbox"))
        .items()
        .stream()
        .map(SignalSummary::reference)
        .toList();
  }

  @Test
  void setAsideSignalsLeaveTheInboxStayFindableAndAreDeletedAfterTheirPeriod() {
    String spam = received("Koop goedkope horloges");
    String first = received("Buurvrouw werkt dag en nacht in de nagelsalon.");
    String again = received("Buurvrouw werkt dag en nacht in de nagelsalon, nog eens.");
    String advice = received("Mijn werkgever betaalt het loon te laat.");
    String kept = received("Meisje van 15 wordt opgehaald door oudere mannen.");

    assertThrows(
        NotFoundException.class,
        () -> inCasework(c -> c.triage().setAside(UTRECHT, spam, SetAsideReason.SPAM, null, null)));
    inCasework(c -> c.triage().setAside(ZEELAND, spam, SetAsideReason.SPAM, null, null));
    TriageService.Decision duplicate =
        inCasework(c -> c.triage().setAside(ZEELAND, again, SetAsideReason.DUPLICATE, null, first));
    assertEquals(first, duplicate.duplicateOf());
    assertEquals(
        "advice",
        assertThrows(
                InvalidInputException.class,
                () ->
                    inCasework(
                        c ->
                            c.triage()
                                .setAside(
                                    ZEELAND, advice, SetAsideReason.NOT_TRAFFICKING, " ", null)))
            .field());
    inCasework(
        c ->
            c.triage()
                .setAside(
                    ZEELAND,
                    advice,
                    SetAsideReason.NOT_TRAFFICKING,
                    "Verwezen naar het Juridisch Loket",
                    null));
    TriageService.Decision taken = inCasework(c -> c.triage().takeIntoWork(ZEELAND, first));
    assertEquals("draft", taken.status());
    assertEquals(ZEELAND.username(), taken.triagedBy());

    assertEquals(List.of(kept), inbox(ZEELAND), "only the untriaged signal waits in the inbox");
    assertEquals(
        "Verwezen naar het Juridisch Loket",
        inCasework(c -> c.triage().decision(ZEELAND, advice)).advice());
    assertEquals(
        3,
        inCasework(
                c ->
                    c.signals()
                        .list(
                            ZEELAND,
                            new SignalQuery(SignalStatus.SET_ASIDE, null, null, null, null),
                            PageRequest.first(50),
                            "list"))
            .totalItems(),
        "set aside, and findable");

    CLOCK.set(TODAY.plusMonths(3));
    assertEquals(
        0, inCasework(c -> c.retention("P2Y", "P3M").anonymiseExpired()).setAsideDeleted());
    CLOCK.set(TODAY.plusMonths(3).plusDays(1));
    RetentionService.RetentionRunView run =
        inCasework(c -> c.retention("P2Y", "P3M").anonymiseExpired());
    assertEquals(3, run.setAsideDeleted());
    assertEquals(
        List.of(3, 0), // newest first
        inCasework(c -> c.retention("P2Y").latestRuns(2)).stream()
            .map(RetentionService.RetentionRunView::setAsideDeleted)
            .toList(),
        "the run's record counts them");
    assertThrows(
        NotFoundException.class, () -> inCasework(c -> c.signals().read(ZEELAND, spam, "check")));
    assertEquals("draft", inCasework(c -> c.signals().read(ZEELAND, first, "check")).status());
    assertEquals(List.of(kept), inbox(ZEELAND));
  }

  @Test
  void aSetAsideSignalGoesBackToTheInboxUntilTheRetentionJobDeletesIt() {
    String mistaken = received("Jongen van 16 slaapt op de camping en werkt voor een oom.");
    String waiting = received("Vrouw in de kassen heeft haar paspoort niet.");
    inCasework(
        c ->
            c.triage().setAside(ZEELAND, mistaken, SetAsideReason.NOT_TRAFFICKING, "Advies", null));
    assertThrows(
        NotFoundException.class,
        () -> inCasework(c -> c.triage().backToInbox(UTRECHT, mistaken)),
        "another region's signal");
    assertEquals(
        "signal",
        assertThrows(
                InvalidInputException.class,
                () -> inCasework(c -> c.triage().backToInbox(ZEELAND, waiting)))
            .field(),
        "only a set-aside signal goes back");

    CLOCK.set(TODAY.plusDays(1));
    TriageService.Decision back =
        inCasework(c -> c.triage().backToInbox(ZEELAND_COLLEAGUE, mistaken));
    assertEquals("received", back.status());
    assertNull(back.reason());
    assertNull(back.advice(), "the advice went with the decision");
    assertEquals(Set.of(mistaken, waiting), Set.copyOf(inbox(ZEELAND)), "back in the inbox");
    List<TriageService.Step> history =
        inCasework(c -> c.triage().decision(ZEELAND, mistaken)).history();
    assertEquals(
        List.of(
            "set-aside not-trafficking " + ZEELAND.username(),
            "back-to-inbox null " + ZEELAND_COLLEAGUE.username()),
        history.stream().map(h -> h.kind() + " " + h.detail() + " " + h.actor()).toList(),
        "the history keeps the decision undone");
    assertEquals(TODAY.plusDays(1), history.get(1).at().toLocalDate());
    assertTrue(
        inCasework(c -> c.accessLogLines().about(SubjectType.SIGNAL, mistaken)).stream()
            .anyMatch(
                line ->
                    line.action() == AccessAction.UPDATE
                        && line.actor().equals(ZEELAND_COLLEAGUE.username())
                        && line.purpose().equals("triage-back-to-inbox")),
        "in the access log");

    CLOCK.set(TODAY.plusMonths(4));
    assertEquals(
        0,
        inCasework(c -> c.retention("P2Y", "P3M").anonymiseExpired()).setAsideDeleted(),
        "back in the inbox, it is no longer deleted");
    inCasework(c -> c.triage().setAside(ZEELAND, mistaken, SetAsideReason.SPAM, null, null));
    CLOCK.set(TODAY.plusMonths(8));
    assertEquals(
        1, inCasework(c -> c.retention("P2Y", "P3M").anonymiseExpired()).setAsideDeleted());
    assertThrows(
        NotFoundException.class,
        () -> inCasework(c -> c.triage().backToInbox(ZEELAND, mistaken)),
        "once deleted, nothing goes back");
  }

  private static String openCase(Integer birthYear) {
    Form form = new Form("Anna K.", "Kassen.");
    form.birthYear = birthYear;
    String signal = inCasework(c -> c.signals().register(ZEELAND, form.build())).reference();
    return inCasework(c -> c.cases().open(ZEELAND, signal)).number();
  }

  private static void shelter() {
    inCasework(
        c ->
            c.directory()
                .organisationService()
                .register(
                    Fixtures.organisation(
                        "test-opvang-zeeland",
                        "Opvang Zeeland",
                        "Categorale opvang",
                        Fixtures.service(
                            CareNeed.SHELTER,
                            Set.of(AgeGroup.ADULT),
                            Set.of(ExploitationForm.LABOUR),
                            Fixtures.national())),
                    false));
  }

  @Test
  void personalDataGoesOutOnlyWithConsentAndAnUnansweredReferralComesToTheWorklist() {
    shelter();
    String number = openCase(1995);
    InvalidInputException gate =
        assertThrows(
            InvalidInputException.class,
            () ->
                inCasework(
                    c ->
                        c.referrals()
                            .refer(
                                ZEELAND,
                                number,
                                new ReferralOrder(
                                    "test-opvang-zeeland",
                                    CareNeed.SHELTER,
                                    TODAY,
                                    true,
                                    null,
                                    null))));
    assertTrue(gate.getMessage().contains("anonymous consultation"), gate.getMessage());
    assertEquals(
        "consentSignedBy",
        assertThrows(
                InvalidInputException.class,
                () ->
                    inCasework(
                        c ->
                            c.referrals()
                                .refer(
                                    ZEELAND,
                                    number,
                                    new ReferralOrder(
                                        "test-opvang-zeeland",
                                        CareNeed.SHELTER,
                                        TODAY,
                                        true,
                                        ConsentSigner.PARENT_OR_GUARDIAN,
                                        TODAY))))
            .field(),
        "an adult signs herself");
    CaseView.ReferralView withData =
        inCasework(
            c ->
                c.referrals()
                    .refer(
                        ZEELAND,
                        number,
                        new ReferralOrder(
                            "test-opvang-zeeland",
                            CareNeed.SHELTER,
                            TODAY,
                            true,
                            ConsentSigner.PERSON,
                            TODAY)));
    assertTrue(withData.personalData());
    CaseView.ReferralView consultation =
        inCasework(
            c ->
                c.referrals()
                    .refer(
                        ZEELAND,
                        number,
                        ReferralOrder.consultation(
                            "test-opvang-zeeland", CareNeed.SHELTER, TODAY)));
    assertFalse(consultation.personalData());

    CLOCK.set(TODAY.plusDays(REFERRAL_ANSWER_DAYS - 1));
    assertEquals(List.of(), inCasework(c -> c.referrals().waitingForAnswer(ZEELAND)));
    CLOCK.set(TODAY.plusDays(REFERRAL_ANSWER_DAYS));
    List<WorkItem> waiting = inCasework(c -> c.referrals().waitingForAnswer(ZEELAND));
    assertEquals(2, waiting.size());
    assertEquals("referral-waiting", waiting.get(0).kind());
    assertEquals("Opvang Zeeland", waiting.get(0).title());
    assertEquals(List.of(), inCasework(c -> c.referrals().waitingForAnswer(UTRECHT)));

    CaseView.ReferralView declined =
        inCasework(
            c ->
                c.referrals()
                    .answer(
                        ZEELAND,
                        number,
                        consultation.id(),
                        new ReferralAnswer(
                            ReferralStatus.DECLINED, DeclineReason.NO_CAPACITY, null, null, null)));
    assertEquals("no-capacity", declined.declineReason());
    assertEquals(1, inCasework(c -> c.referrals().waitingForAnswer(ZEELAND)).size());
    assertThrows(
        NotFoundException.class,
        () ->
            inCasework(
                c ->
                    c.referrals()
                        .answer(
                            UTRECHT,
                            number,
                            withData.id(),
                            new ReferralAnswer(ReferralStatus.ACCEPTED, null, null, null, null))));
    List<String> timeline =
        inCasework(c -> c.cases().read(ZEELAND, number, "check")).timeline().stream()
            .map(CaseView.EventView::kind)
            .toList();
    assertTrue(timeline.contains("referral-declined"), timeline.toString());
  }

  @Test
  void anAcceptedTransferMovesTheCaseAndLeavesTheSenderOnlyTheFact() {
    String number = openCase(1995);
    String signal =
        inCasework(c -> c.cases().read(ZEELAND, number, "check")).signals().get(0).reference();
    assertEquals(
        "toRegion",
        assertThrows(
                InvalidInputException.class,
                () -> inCasework(c -> c.transfers().offer(ZEELAND, number, "nergens", null)))
            .field());
    assertThrows(
        NotFoundException.class,
        () -> inCasework(c -> c.transfers().offer(UTRECHT, number, "utrecht", null)));
    TransferService.TransferView offer =
        inCasework(c -> c.transfers().offer(ZEELAND, number, "utrecht", "Verhuisd naar Utrecht"));
    assertEquals(List.of(new CaseTransferOffered("utrecht")), OFFERS.fired());
    assertThrows(
        InvalidInputException.class,
        () -> inCasework(c -> c.transfers().offer(ZEELAND, number, "utrecht", null)),
        "one open offer at a time");
    assertThrows(
        NotFoundException.class,
        () -> inCasework(c -> c.transfers().accept(ZEELAND, offer.id())),
        "only the receiving region answers");
    assertThrows(
        NotFoundException.class, () -> inCasework(c -> c.cases().read(UTRECHT, number, "check")));

    TransferService.TransferView accepted =
        inCasework(c -> c.transfers().accept(UTRECHT, offer.id()));
    assertEquals("accepted", accepted.status());
    assertThrows(
        ConflictException.class,
        () -> inCasework(c -> c.transfers().refuse(UTRECHT, offer.id(), "x")));
    CaseView moved = inCasework(c -> c.cases().read(UTRECHT, number, "check"));
    assertEquals("utrecht", moved.region());
    assertTrue(
        moved.timeline().stream().anyMatch(e -> e.kind().equals("transfer-accepted")),
        moved.timeline().toString());
    assertEquals("utrecht", inCasework(c -> c.signals().read(UTRECHT, signal, "check")).region());
    assertThrows(
        NotFoundException.class, () -> inCasework(c -> c.cases().read(ZEELAND, number, "check")));
    assertThrows(
        NotFoundException.class, () -> inCasework(c -> c.signals().read(ZEELAND, signal, "check")));
    assertEquals(
        new RegionMoves.Moved(0, 0),
        inCasework(
            c ->
                new RegionMoves(
                        new SignalRepository(c.em()),
                        new CaseRepository(c.em()),
                        new CaseEventRepository(c.em()),
                        new CaseTransferRepository(c.em()),
                        new AccessLog(c.accessLogLines(), CLOCK),
                        c.directory().places(),
                        CIPHER,
                        CLOCK)
                    .followMunicipalities()),
        "the person moved: the case no longer follows its signals' municipality back");
    assertEquals("utrecht", inCasework(c -> c.cases().read(UTRECHT, number, "check")).region());

    TransferService.TransferView fact = inCasework(c -> c.transfers().list(ZEELAND)).get(0);
    assertEquals(number, fact.caseNumber());
    assertEquals("utrecht", fact.toRegion());
    assertNull(fact.note(), "the sending region keeps the fact, not the case's words");
    assertFalse(fact.incoming());
    TransferService.TransferView received = inCasework(c -> c.transfers().list(UTRECHT)).get(0);
    assertEquals("Verhuisd naar Utrecht", received.note());
    assertTrue(received.incoming());
    assertTrue(
        inCasework(c -> c.accessLogLines().ofCase(number, List.of(), null, PageRequest.first(50)))
            .items()
            .stream()
            .anyMatch(e -> e.purpose().startsWith("transfer-accepted zeeland -> utrecht")),
        "the access log records the move");
  }
}
