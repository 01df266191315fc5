package nl.wegwijzer.casework.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.wegwijzer.casework.model.AccessAction;
import nl.wegwijzer.casework.model.AccessLogEntry;
import nl.wegwijzer.casework.model.IncompleteException;
import nl.wegwijzer.casework.model.NationalStatus;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.model.SignalStatus;
import nl.wegwijzer.casework.model.SubjectType;
import nl.wegwijzer.casework.notice.SignalArrived;
import nl.wegwijzer.casework.testing.CaseworkDatabaseTest;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class SignalServiceTest extends CaseworkDatabaseTest {

  private static final String ACCOUNT =
      "Werkt zeven dagen per week in de kassen bij Kruiningen; het paspoort is ingenomen.";

  private static SignalView register(Actor actor, SignalForm form) {
    return inCasework(c -> c.signals().register(actor, form));
  }

  private static List<AccessLogEntry> logOf(String reference) {
    return inCasework(c -> c.accessLogLines().about(SubjectType.SIGNAL, reference));
  }

  @Test
  void aCompleteSignalIsRegisteredInTheRegionOfItsMunicipality() {
    SignalView signal = register(ZEELAND, complete("Anna K.", ACCOUNT));
    assertTrue(signal.reference().matches("WW-[0-9A-Z]{4}-[0-9A-Z]{4}"), signal.reference());
    assertEquals("registered", signal.status());
    assertEquals("zeeland", signal.region());
    assertEquals("GM0687", signal.municipalityCode());
    assertEquals("Anna K.", signal.details().pseudonym());
    assertEquals(ACCOUNT, signal.details().account());
    assertEquals("RO", signal.details().nationality());
    assertEquals(false, signal.minor());
    assertEquals(List.of("geen-eigen-id", "schuld-bij-werkgever"), signal.details().indicators());
  }

  @Test
  void aCoordinatorOfAnotherRegionFindsNothing() {
    SignalView signal = register(ZEELAND, complete("Anna K.", ACCOUNT));
    String reference = signal.reference();
    assertThrows(
        NotFoundException.class,
        () -> inCasework(c -> c.signals().read(UTRECHT, reference, "view")));
    assertThrows(
        NotFoundException.class,
        () -> inCasework(c -> c.signals().save(UTRECHT, reference, draft("overschreven"))));
    assertThrows(
        NotFoundException.class, () -> inCasework(c -> c.signals().submit(UTRECHT, reference)));
    assertThrows(
        NotFoundException.class,
        () -> inCasework(c -> c.signals().possibleDuplicates(UTRECHT, reference)));
    Actor nobody = new Actor("editor-a", Set.of());
    assertThrows(
        NotFoundException.class,
        () -> inCasework(c -> c.signals().read(nobody, reference, "view")));
    assertEquals(
        0,
        inCasework(c -> c.signals().list(UTRECHT, SignalQuery.ALL, PageRequest.first(20), "list"))
            .totalItems());
    assertEquals(
        1,
        inCasework(c -> c.signals().list(ZEELAND, SignalQuery.ALL, PageRequest.first(20), "list"))
            .totalItems());
    assertEquals(
        "Anna K.",
        inCasework(c -> c.signals().read(ZEELAND, reference, "view")).details().pseudonym());
  }

  @Test
  void aCodeThatIsNoneOfItsValuesIsRefusedNamingItsField() {
    SignalForm good = complete("Anna K.", ACCOUNT);
    SignalForm wrongGender =
        new SignalForm(
            good.intakeDate(),
            good.channel(),
            good.reporterType(),
            good.reporterContact(),
            good.municipality(),
            good.forms(),
            good.sector(),
            good.periodFrom(),
            good.periodUntil(),
            good.indicators(),
            good.account(),
            good.pseudonym(),
            good.age(),
            good.birthYear(),
            "unknown",
            good.nationality(),
            good.languages(),
            good.interpreterNeeded(),
            good.interpreterLanguage(),
            good.residenceStatus(),
            good.consent(),
            good.consentSignedBy());
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> register(ZEELAND, wrongGender));
    assertEquals("gender", e.field());
  }

  @Test
  void aSignalCannotBePlacedInARegionTheCoordinatorDoesNotCover() {
    Form utrechtForm = new Form("Anna K.", ACCOUNT);
    utrechtForm.municipality = "Utrecht";
    SignalForm utrecht = utrechtForm.build();
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> register(ZEELAND, utrecht));
    assertEquals("municipality", e.field());
    assertEquals(
        0,
        inCasework(c -> c.signals().list(UTRECHT, SignalQuery.ALL, PageRequest.first(20), "list"))
            .totalItems());
  }

  @Test
  void everyReadAndChangeIsLoggedWithWhoAndWhy() {
    String reference = register(ZEELAND, complete("Anna K.", ACCOUNT)).reference();
    CLOCK.advanceSeconds(60);
    inCasework(c -> c.signals().read(ZEELAND, reference, "view"));
    CLOCK.advanceSeconds(60);
    inCasework(
        c -> c.signals().recordNationalStatus(ZEELAND, reference, NationalStatus.FORWARDED, null));
    CLOCK.advanceSeconds(60);
    inCasework(c -> c.signals().list(ZEELAND, SignalQuery.ALL, PageRequest.first(20), "inbox"));
    List<AccessLogEntry> log = logOf(reference);
    assertEquals(
        List.of(AccessAction.LIST, AccessAction.UPDATE, AccessAction.READ, AccessAction.CREATE),
        log.stream().map(AccessLogEntry::action).toList());
    assertEquals(
        List.of("inbox", "national-registration", "view", "register"),
        log.stream().map(AccessLogEntry::purpose).toList());
    assertTrue(log.stream().allMatch(e -> e.actor().equals("coordinator-zeeland")));
  }

  @Test
  void aFailedChangeLeavesNoLogLine() {
    String reference = inCasework(c -> c.signals().save(ZEELAND, null, draft("Anna"))).reference();
    assertThrows(
        IncompleteException.class, () -> inCasework(c -> c.signals().submit(ZEELAND, reference)));
    assertEquals(
        List.of(AccessAction.CREATE),
        logOf(reference).stream().map(AccessLogEntry::action).toList());
  }

  @Test
  void aDraftKeepsWhatIsFilledInAndIsRegisteredWhenComplete() {
    SignalView draft = inCasework(c -> c.signals().save(ZEELAND, null, draft("Anna K.")));
    assertEquals("draft", draft.status());
    assertEquals("zeeland", draft.region());
    String reference = draft.reference();
    IncompleteException incomplete =
        assertThrows(
            IncompleteException.class,
            () -> inCasework(c -> c.signals().submit(ZEELAND, reference)));
    assertTrue(
        incomplete.problems().keySet().containsAll(List.of("intakeDate", "account", "consent")));
    assertEquals("intakeDate", incomplete.field());

    SignalView resumed = inCasework(c -> c.signals().read(ZEELAND, reference, "resume"));
    assertEquals("draft", resumed.status());
    assertEquals("Anna K.", resumed.details().pseudonym());

    inCasework(c -> c.signals().save(ZEELAND, reference, complete("Anna K.", ACCOUNT)));
    SignalView registered = inCasework(c -> c.signals().submit(ZEELAND, reference));
    assertEquals("registered", registered.status());
    assertNotNull(registered.registeredAt());
    assertThrows(
        IncompleteException.class,
        () -> inCasework(c -> c.signals().save(ZEELAND, reference, draft("Anna K."))));
  }

  @Test
  void aSaveAnswersTheVersionTheNextSaveMustSendAndAStaleOneChangesNothing() {
    SignalView first = inCasework(c -> c.signals().save(ZEELAND, null, draft("Bea V.")));
    String reference = first.reference();
    SignalView second =
        inCasework(c -> c.signals().save(ZEELAND, reference, draft("Bea V."), first.version()));
    assertEquals(
        second.version(),
        inCasework(c -> c.signals().read(ZEELAND, reference, "test")).version(),
        "the answer carries the version that was written");
    assertThrows(
        nl.wegwijzer.directory.support.ConflictException.class,
        () ->
            inCasework(
                c -> c.signals().save(ZEELAND, reference, draft("Someone else"), first.version())));
    assertEquals(
        "Bea V.",
        inCasework(c -> c.signals().read(ZEELAND, reference, "test")).details().pseudonym());
    inCasework(c -> c.signals().save(ZEELAND, reference, draft("Bea W."), second.version()));
  }

  @Test
  void submittingChecksTheConsentRuleAndTheIndicators() {
    Form young = new Form("Anna K.", ACCOUNT);
    young.age = 15;
    young.birthYear = null;
    SignalForm youngSigner = young.build();
    IncompleteException e =
        assertThrows(IncompleteException.class, () -> register(ZEELAND, youngSigner));
    assertEquals(Set.of("consentSignedBy"), e.problems().keySet());

    Form withUnknown = new Form("Anna K.", ACCOUNT);
    withUnknown.indicators = Set.of("verzonnen");
    SignalForm unknownIndicator = withUnknown.build();
    assertEquals(
        "indicators",
        assertThrows(InvalidInputException.class, () -> register(ZEELAND, unknownIndicator))
            .field());
  }

  @Test
  void possibleDuplicatesHaveTheSameProfileAndALookAlikePseudonymOrAccount() {
    String first = register(ZEELAND, complete("Anna K.", ACCOUNT)).reference();
    String similarAccount =
        register(
                ZEELAND,
                complete(
                    "A. Kowalczyk",
                    "Werkt 7 dagen per week in de kassen bij Kruiningen, paspoort ingenomen."))
            .reference();
    register(ZEELAND, complete("Mohammed B.", "Onbekend verhaal over de bouw in Goes."));
    Form bornEarlier = new Form("Anna K.", ACCOUNT);
    bornEarlier.birthYear = 1990;
    String otherYear = register(ZEELAND, bornEarlier.build()).reference();
    String newOne = register(ZEELAND, complete("Ana K", "Belde zelf op.")).reference();

    List<DuplicateMatch> matches = inCasework(c -> c.signals().possibleDuplicates(ZEELAND, newOne));
    assertEquals(List.of(first), matches.stream().map(DuplicateMatch::reference).toList());
    assertEquals("pseudonym", matches.get(0).matchedOn());
    assertTrue(matches.get(0).score() >= 0.8, "score " + matches.get(0).score());

    List<String> forFirst =
        inCasework(c -> c.signals().possibleDuplicates(ZEELAND, first)).stream()
            .map(DuplicateMatch::reference)
            .toList();
    assertTrue(forFirst.containsAll(List.of(similarAccount, newOne)), forFirst.toString());
    assertFalse(forFirst.contains(otherYear));
    assertTrue(
        logOf(first).stream().anyMatch(l -> l.purpose().equals("duplicate-check")),
        "a candidate shown is logged as read");
  }

  @Test
  void aPublicSignalLandsInTheInboxOfItsMunicipalitysRegion() {
    String reference =
        inCasework(
            c ->
                c.signals()
                    .receive(
                        new PublicSignal(
                            "Vlissingen",
                            ReporterType.CARE_ORGANISATION,
                            "Een cliënt vertelt over werk zonder loon.",
                            "huisarts@example.nl")));
    assertTrue(reference.matches("WW-[0-9A-Z]{4}-[0-9A-Z]{4}"));
    assertEquals(
        List.of(new SignalArrived("zeeland")),
        ARRIVALS.fired(),
        "Zeeland's coordinators are told, with the region only");
    Page<SignalSummary> inbox =
        inCasework(
            c ->
                c.signals()
                    .list(
                        ZEELAND,
                        new SignalQuery(SignalStatus.RECEIVED, null, null, null, null),
                        PageRequest.first(20),
                        "inbox"));
    assertEquals(List.of(reference), inbox.items().stream().map(SignalSummary::reference).toList());
    SignalView received = inCasework(c -> c.signals().read(ZEELAND, reference, "assess"));
    assertEquals("received", received.status());
    assertEquals("public-form", received.details().channel());
    assertEquals("huisarts@example.nl", received.details().reporterContact());
    assertEquals(
        0,
        inCasework(c -> c.signals().list(UTRECHT, SignalQuery.ALL, PageRequest.first(20), "inbox"))
            .totalItems());
    assertEquals(
        "account",
        assertThrows(
                InvalidInputException.class,
                () ->
                    inCasework(
                        c -> c.signals().receive(new PublicSignal("Vlissingen", null, " ", null))))
            .field());
    assertEquals(1, ARRIVALS.fired().size(), "a refused signal arrives nowhere");
  }

  @Test
  void listsFilterInSqlNewestFirstAndPage() {
    List<String> references = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      CLOCK.advanceSeconds(60);
      references.add(register(ZEELAND, complete("Persoon " + i, ACCOUNT)).reference());
    }
    CLOCK.advanceSeconds(60);
    Form sexualForm = new Form("Persoon S", ACCOUNT);
    sexualForm.forms = java.util.Set.of(ExploitationForm.SEXUAL_DOMESTIC);
    sexualForm.sector = null;
    SignalForm sexual = sexualForm.build();
    String sexualReference = register(ZEELAND, sexual).reference();
    Page<SignalSummary> page2 =
        inCasework(c -> c.signals().list(ZEELAND, SignalQuery.ALL, new PageRequest(2, 2), "list"));
    assertEquals(6, page2.totalItems());
    assertEquals(
        List.of(references.get(3), references.get(2)),
        page2.items().stream().map(SignalSummary::reference).toList());
    Page<SignalSummary> onlySexual =
        inCasework(
            c ->
                c.signals()
                    .list(
                        ZEELAND,
                        new SignalQuery(null, ExploitationForm.SEXUAL_DOMESTIC, null, null, null),
                        PageRequest.first(20),
                        "list"));
    assertEquals(
        List.of(sexualReference),
        onlySexual.items().stream().map(SignalSummary::reference).toList());
    assertEquals(
        0,
        inCasework(
                c ->
                    c.signals()
                        .list(
                            ZEELAND,
                            new SignalQuery(null, null, ReporterType.POLICE, null, null),
                            PageRequest.first(20),
                            "list"))
            .totalItems());
    assertEquals(
        6,
        inCasework(
                c ->
                    c.signals()
                        .list(
                            ZEELAND,
                            new SignalQuery(
                                null, null, null, TODAY.minusDays(2), TODAY.minusDays(2)),
                            PageRequest.first(20),
                            "list"))
            .totalItems());
    assertThrows(
        InvalidInputException.class,
        () ->
            inCasework(
                c ->
                    c.signals().list(ZEELAND, SignalQuery.ALL, new PageRequest(101, 100), "list")));
  }

  @Test
  void theEncryptedColumnsHoldNoPlaintext() throws Exception {
    String reference = register(ZEELAND, complete("Anna Kowalczyk", ACCOUNT)).reference();
    inCasework(c -> c.signals().recordFeedback(ZEELAND, reference, null, "Teruggebeld door Femke"));
    String caseNumber = inCasework(c -> c.cases().open(ZEELAND, reference)).number();
    inCasework(
        c ->
            c.cases()
                .recordMeeting(
                    ZEELAND, caseNumber, TODAY, "Politie Zeeland", "Anna Kowalczyk vertelt"));
    inCasework(c -> c.cases().addTask(ZEELAND, caseNumber, "Anna Kowalczyk bellen", TODAY));

    List<String> stored = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(
                TestDatabase.URL, TestDatabase.USER, TestDatabase.PASSWORD);
        Statement statement = connection.createStatement()) {
      for (String sql :
          List.of(
              "select pseudonym_sealed, account_sealed, reporter_contact_sealed,"
                  + " feedback_note_sealed from casework.signal",
              "select participants_sealed, notes_sealed from casework.meeting",
              "select title_sealed, title_sealed from casework.case_task",
              "select subject_ref, purpose from casework.access_log",
              "select coalesce(detail, ''), kind from casework.case_event")) {
        try (ResultSet rows = statement.executeQuery(sql)) {
          while (rows.next()) {
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
              stored.add(rows.getString(i));
            }
          }
        }
      }
    }
    assertTrue(stored.size() > 10);
    for (String value : stored) {
      if (value == null) {
        continue;
      }
      for (String secret :
          List.of(
              "Anna", "Kowalczyk", "Kruiningen", "De Wit", "Femke", "Politie Zeeland", "bellen")) {
        assertFalse(value.contains(secret), "plaintext '" + secret + "' in " + value);
      }
    }
    assertTrue(
        stored.stream().filter(v -> v != null && v.startsWith("t1:")).count() >= 7,
        "sealed values carry their key id");
  }
}
