package nl.wegwijzer.casework.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wegwijzer.casework.model.CaseStatus;
import nl.wegwijzer.casework.model.CloseReason;
import nl.wegwijzer.casework.model.PoliceReport;
import nl.wegwijzer.casework.model.ReferralStatus;
import nl.wegwijzer.casework.model.ResidenceStatus;
import nl.wegwijzer.casework.testing.CaseworkDatabaseTest;
import nl.wegwijzer.casework.testing.CaseworkDatabaseTest.Form;
import nl.wegwijzer.content.rules.RuleRefusal;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseServiceTest extends CaseworkDatabaseTest {

  private String signal;
  private String caseNumber;

  @BeforeEach
  void aCaseWithOneSignal() {
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
    // From outside the EU without lawful residence: the reflection period is for her.
    Form form = new Form("Anna K.", "Kassen.");
    form.nationality = "ng";
    form.residence = ResidenceStatus.NO_LEGAL_RESIDENCE;
    signal = inCasework(c -> c.signals().register(ZEELAND, form.build())).reference();
    caseNumber = inCasework(c -> c.cases().open(ZEELAND, signal)).number();
  }

  private CaseView.ReferralView refer(String organisation) {
    return inCasework(
        c ->
            c.referrals()
                .refer(
                    ZEELAND,
                    caseNumber,
                    ReferralOrder.consultation(organisation, CareNeed.SHELTER, TODAY)));
  }

  @Test
  void aCaseHasAQuotableNumberAndBundlesSignals() {
    assertTrue(caseNumber.matches("ZK-2026-\\d{5}"), caseNumber);
    String second =
        inCasework(c -> c.signals().register(ZEELAND, complete("Anna K", "Belde zelf.")))
            .reference();
    CaseView view = inCasework(c -> c.cases().link(ZEELAND, caseNumber, second));
    assertEquals(
        List.of(signal, second), view.signals().stream().map(SignalSummary::reference).toList());
    assertEquals(
        caseNumber, inCasework(c -> c.signals().read(ZEELAND, second, "view")).caseNumber());
    assertThrows(
        InvalidInputException.class, () -> inCasework(c -> c.cases().open(ZEELAND, signal)));
    String draft = inCasework(c -> c.signals().save(ZEELAND, null, draft("X"))).reference();
    assertThrows(
        InvalidInputException.class,
        () -> inCasework(c -> c.cases().link(ZEELAND, caseNumber, draft)));
  }

  @Test
  void anotherRegionsCoordinatorFindsNoCase() {
    assertThrows(
        NotFoundException.class,
        () -> inCasework(c -> c.cases().read(UTRECHT, caseNumber, "view")));
    assertThrows(
        NotFoundException.class,
        () ->
            inCasework(
                c ->
                    c.referrals()
                        .refer(
                            UTRECHT,
                            caseNumber,
                            ReferralOrder.consultation(
                                "test-opvang-zeeland", CareNeed.SHELTER, null))));
    assertThrows(
        NotFoundException.class,
        () -> inCasework(c -> c.cases().accessLog(UTRECHT, caseNumber, PageRequest.first(20))));
    assertEquals(
        0,
        inCasework(c -> c.cases().list(UTRECHT, CaseQuery.ALL, PageRequest.first(20), "list"))
            .totalItems());
    assertEquals(List.of(), inCasework(c -> c.cases().worklist(UTRECHT)));
  }

  @Test
  void anArchivedOrganisationTakesNoReferralAndTheCaseStaysAsItWas() {
    inCasework(
        c -> {
          var directory = c.directory();
          directory
              .organisationService()
              .archive(directory.organisations().getBySlug("test-opvang-zeeland"));
          return null;
        });
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> refer("test-opvang-zeeland"));
    assertEquals("organisation", refused.field());
    assertTrue(refused.getMessage().contains("archived"), refused.getMessage());
    assertEquals(
        List.of(), inCasework(c -> c.cases().read(ZEELAND, caseNumber, "view")).referrals());
  }

  @Test
  void referralsPoliceReportMeetingsAndTasksAreOnTheTimeline() {
    CaseView.ReferralView referral = refer("test-opvang-zeeland");
    assertEquals("sent", referral.status());
    assertEquals("Opvang Zeeland", referral.organisationName());
    assertEquals(
        "organisation",
        assertThrows(InvalidInputException.class, () -> refer("bestaat-niet")).field());
    CLOCK.advanceSeconds(60);
    inCasework(
        c ->
            c.referrals()
                .answer(
                    ZEELAND,
                    caseNumber,
                    referral.id(),
                    new ReferralAnswer(ReferralStatus.ACCEPTED, null, null, null, TODAY)));
    inCasework(c -> c.cases().startReflectionPeriod(ZEELAND, caseNumber, TODAY, false, null));
    inCasework(
        c ->
            c.cases()
                .recordPoliceReport(ZEELAND, caseNumber, PoliceReport.INFORMATIVE_TALK, TODAY));
    inCasework(
        c -> c.cases().recordMeeting(ZEELAND, caseNumber, TODAY, "Politie, opvang", "Afspraken"));
    CaseView view =
        inCasework(c -> c.cases().addTask(ZEELAND, caseNumber, "Tolk regelen", TODAY.plusDays(3)));

    assertEquals("accepted", view.referrals().get(0).status());
    assertEquals(TODAY.plusMonths(3), view.reflectionEnd());
    assertEquals("bedenktijd", view.reflectionRegulation());
    assertEquals("B8/3-2023", view.reflectionRuleVersion(), "the version valid on its first day");
    assertEquals("informative-talk", view.policeReport());
    assertEquals("Afspraken", view.meetings().get(0).notes());
    assertEquals("Tolk regelen", view.tasks().get(0).title());
    assertEquals(
        List.of(
            "opened",
            "signal-linked",
            "flagged",
            "referral-sent",
            "referral-accepted",
            "reflection-started",
            "police-report",
            "meeting",
            "task-added"),
        view.timeline().stream().map(CaseView.EventView::kind).toList());
    assertEquals("interpreter-needed", view.timeline().get(2).detail(), "the signal says so");
    assertEquals("test-opvang-zeeland", view.timeline().get(3).detail());
  }

  @Test
  void theWorklistShowsWhatIsDueOrOverdue() {
    inCasework(c -> c.cases().addTask(ZEELAND, caseNumber, "Te laat", TODAY.minusDays(1)));
    inCasework(c -> c.cases().addTask(ZEELAND, caseNumber, "Binnenkort", TODAY.plusDays(10)));
    inCasework(c -> c.cases().addTask(ZEELAND, caseNumber, "Later", TODAY.plusDays(40)));
    inCasework(
        c ->
            c.cases()
                .startReflectionPeriod(
                    ZEELAND, caseNumber, TODAY.minusMonths(3).plusDays(5), false, null));

    List<WorkItem> work = inCasework(c -> c.cases().worklist(ZEELAND));
    assertEquals(
        List.of("task:Te laat:true", "reflection-end:null:false", "task:Binnenkort:false"),
        work.stream().map(w -> w.kind() + ":" + w.title() + ":" + w.overdue()).toList());

    // Three months on, the review of the case (opened today) is due, and so is the late task.
    CLOCK.set(TODAY.plusMonths(3).minusDays(2));
    List<String> later =
        inCasework(c -> c.cases().worklist(ZEELAND)).stream().map(WorkItem::kind).toList();
    assertTrue(later.contains("review"), later.toString());

    long taskId = work.get(0).taskId();
    inCasework(c -> c.cases().completeTask(ZEELAND, caseNumber, taskId, null));
    inCasework(c -> c.cases().recordPoliceReport(ZEELAND, caseNumber, PoliceReport.REPORTED, null));
    List<String> afterwards =
        inCasework(c -> c.cases().worklist(ZEELAND)).stream().map(WorkItem::kind).toList();
    assertFalse(afterwards.contains("reflection-end"), "decided: no longer due");
  }

  @Test
  void casesListByStatusAndDueTasksAndAClosedCaseNoLongerChanges() {
    Page<CaseSummary> open =
        inCasework(
            c ->
                c.cases()
                    .list(
                        ZEELAND,
                        new CaseQuery(
                            CaseStatus.OPEN, ExploitationForm.LABOUR, null, null, null, false),
                        PageRequest.first(20),
                        "list"));
    assertEquals(List.of(caseNumber), open.items().stream().map(CaseSummary::number).toList());
    assertEquals(
        0,
        inCasework(
                c ->
                    c.cases()
                        .list(
                            ZEELAND,
                            new CaseQuery(null, null, null, null, null, true),
                            PageRequest.first(20),
                            "list"))
            .totalItems());
    inCasework(c -> c.cases().addTask(ZEELAND, caseNumber, "Bellen", TODAY));
    assertEquals(
        1,
        inCasework(
                c ->
                    c.cases()
                        .list(
                            ZEELAND,
                            new CaseQuery(null, null, null, null, null, true),
                            PageRequest.first(20),
                            "list"))
            .totalItems());

    CaseView closed =
        inCasework(
            c -> c.cases().close(ZEELAND, caseNumber, CloseReason.SUPPORT_COMPLETED, null, null));
    assertEquals("closed", closed.status());
    assertEquals(TODAY, closed.closedOn());
    assertThrows(
        InvalidInputException.class,
        () -> inCasework(c -> c.cases().addTask(ZEELAND, caseNumber, "Nog iets", TODAY)));
  }

  @Test
  void theCoordinatorReadsWhoSawTheCaseAndItsSignals() {
    CLOCK.advanceSeconds(60);
    inCasework(c -> c.cases().read(ZEELAND, caseNumber, "view"));
    CLOCK.advanceSeconds(60);
    Page<AccessLogLine> log =
        inCasework(c -> c.cases().accessLog(ZEELAND, caseNumber, PageRequest.first(3)));
    assertTrue(log.totalItems() >= 4, "case and signal lines: " + log.totalItems());
    assertEquals(3, log.items().size());
    AccessLogLine newest = log.items().get(0);
    assertEquals("read", newest.action());
    assertEquals("view", newest.purpose());
    assertEquals("coordinator-zeeland", newest.actor());
    assertTrue(
        inCasework(c -> c.cases().accessLog(ZEELAND, caseNumber, PageRequest.first(50)))
            .items()
            .stream()
            .anyMatch(l -> l.subject().equals(signal) && l.purpose().equals("register")));
  }

  @Test
  void theReflectionPeriodFollowsTheRuleVersionOfItsFirstDayAndTheDublinTerm() {
    CaseView dublin =
        inCasework(c -> c.cases().startReflectionPeriod(ZEELAND, caseNumber, TODAY, true, null));
    assertEquals(TODAY.plusDays(30), dublin.reflectionEnd(), "thirty days since 19 May 2023");
    LocalDate before = LocalDate.of(2023, 5, 18);
    CaseView earlier =
        inCasework(c -> c.cases().startReflectionPeriod(ZEELAND, caseNumber, before, true, null));
    assertEquals("B8/3-2019", earlier.reflectionRuleVersion());
    assertEquals(before.plusMonths(3), earlier.reflectionEnd(), "no Dublin term in that version");
  }

  @Test
  void anEuCitizensReflectionPeriodIsRefusedWithTheReasonAndAllowedAsALoggedException() {
    String eu =
        inCasework(c -> c.signals().register(ZEELAND, complete("Ioana P.", "Kassen."))).reference();
    String euCase = inCasework(c -> c.cases().open(ZEELAND, eu)).number();

    RuleRefusal refusal =
        assertThrows(
            RuleRefusal.class,
            () ->
                inCasework(
                    c -> c.cases().startReflectionPeriod(ZEELAND, euCase, TODAY, false, " ")));
    assertEquals("reflectionStart", refusal.field());
    assertEquals("fails-nationality", refusal.answer().reasonKey());
    assertEquals("B8/3-2023", refusal.answer().ruleVersion());
    assertTrue(refusal.answer().legalBasis().contains("B8/3"), refusal.answer().legalBasis());
    assertTrue(refusal.getMessage().contains("B8/3-2023"), refusal.getMessage());
    CaseView unchanged = inCasework(c -> c.cases().read(ZEELAND, euCase, "view"));
    assertEquals(null, unchanged.reflectionStart(), "nothing was started");

    CLOCK.advanceSeconds(60);
    String reason =
        "Verblijfsrecht als EU-burger nog niet vastgesteld; advocaat adviseert bedenktijd.";
    CaseView started =
        inCasework(c -> c.cases().startReflectionPeriod(ZEELAND, euCase, TODAY, false, reason));
    assertEquals(TODAY.plusMonths(3), started.reflectionEnd());
    assertEquals("B8/3-2023", started.reflectionRuleVersion());
    assertEquals(reason, started.reflectionException());
    CaseView.EventView exception =
        started.timeline().stream()
            .filter(e -> e.kind().equals("reflection-exception"))
            .findFirst()
            .orElseThrow();
    assertEquals("fails-nationality (bedenktijd B8/3-2023)", exception.detail());
    assertEquals("coordinator-zeeland", exception.actor());
    assertTrue(
        inCasework(c -> c.cases().accessLog(ZEELAND, euCase, PageRequest.first(50)))
            .items()
            .stream()
            .anyMatch(l -> l.purpose().equals("reflection-period-exception")));
  }
}
