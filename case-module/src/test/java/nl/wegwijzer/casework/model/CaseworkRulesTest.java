package nl.wegwijzer.casework.model;

import static nl.wegwijzer.directory.model.ExploitationForm.CRIMINAL;
import static nl.wegwijzer.directory.model.ExploitationForm.LABOUR;
import static nl.wegwijzer.directory.model.ExploitationForm.SEXUAL_CROSS_BORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.support.InvalidInputException;
import org.junit.jupiter.api.Test;

class CaseworkRulesTest {

  private static final LocalDate MARCH = LocalDate.of(2026, 3, 16);

  @Test
  void anAgeDecidesTheMinorFlagDirectly() {
    assertTrue(PersonAge.of(17, null, MARCH).minorOn(MARCH));
    assertFalse(PersonAge.of(18, null, MARCH).minorOn(MARCH));
    assertNull(PersonAge.UNKNOWN.minorOn(MARCH));
  }

  @Test
  void aBirthYearAloneCountsAsTheLowestPossibleAge() {
    // Born in 2008: 17 or 18 in March 2026, so possibly a minor.
    assertEquals(17, PersonAge.of(null, 2008, MARCH).lowestAgeOn(MARCH));
    assertTrue(PersonAge.of(null, 2008, MARCH).minorOn(MARCH));
    // On 31 December everyone born in 2008 is 18.
    assertFalse(PersonAge.of(null, 2008, MARCH).minorOn(LocalDate.of(2026, 12, 31)));
    assertFalse(PersonAge.of(null, 2007, MARCH).minorOn(MARCH));
  }

  @Test
  void agesOutOfRangeOrContradictingTheBirthYearAreRefused() {
    assertEquals(
        "age",
        assertThrows(InvalidInputException.class, () -> PersonAge.of(-1, null, MARCH)).field());
    assertEquals(
        "birthYear",
        assertThrows(InvalidInputException.class, () -> PersonAge.of(null, 2027, MARCH)).field());
    assertThrows(InvalidInputException.class, () -> PersonAge.of(30, 2008, MARCH));
    assertEquals(17, PersonAge.of(17, 2008, MARCH).age());
    assertEquals(18, PersonAge.of(18, 2008, MARCH).age());
  }

  @Test
  void fromSixteenThePersonSignsBelowSixteenAParentOrGuardian() {
    PersonAge sixteen = PersonAge.of(16, null, MARCH);
    PersonAge fifteen = PersonAge.of(15, null, MARCH);
    sixteen.checkConsent(Consent.GIVEN, ConsentSigner.PERSON, MARCH);
    fifteen.checkConsent(Consent.GIVEN, ConsentSigner.PARENT_OR_GUARDIAN, MARCH);
    assertThrows(
        InvalidInputException.class,
        () -> fifteen.checkConsent(Consent.GIVEN, ConsentSigner.PERSON, MARCH));
    assertThrows(
        InvalidInputException.class,
        () -> sixteen.checkConsent(Consent.GIVEN, ConsentSigner.PARENT_OR_GUARDIAN, MARCH));
    // Born in 2010: 15 or 16 in March 2026, so not certainly 16: a parent or guardian signs.
    PersonAge bornIn2010 = PersonAge.of(null, 2010, MARCH);
    assertThrows(
        InvalidInputException.class,
        () -> bornIn2010.checkConsent(Consent.GIVEN, ConsentSigner.PERSON, MARCH));
    bornIn2010.checkConsent(Consent.GIVEN, ConsentSigner.PARENT_OR_GUARDIAN, MARCH);
  }

  @Test
  void consentGivenNeedsASignatureAndOtherwiseHasNone() {
    PersonAge adult = PersonAge.of(30, null, MARCH);
    assertEquals(
        "consentSignedBy",
        assertThrows(
                InvalidInputException.class, () -> adult.checkConsent(Consent.GIVEN, null, MARCH))
            .field());
    assertThrows(
        InvalidInputException.class,
        () -> adult.checkConsent(Consent.NOT_ASKED, ConsentSigner.PERSON, MARCH));
    adult.checkConsent(Consent.NOT_GIVEN, null, MARCH);
    assertThrows(
        InvalidInputException.class,
        () -> PersonAge.UNKNOWN.checkConsent(Consent.GIVEN, ConsentSigner.PERSON, MARCH));
  }

  @Test
  void reviewsFollowEveryThreeMonths() {
    assertEquals(LocalDate.of(2026, 6, 16), Deadlines.nextReview(MARCH, null));
    assertEquals(LocalDate.of(2026, 8, 1), Deadlines.nextReview(MARCH, LocalDate.of(2026, 5, 1)));
    assertTrue(Deadlines.overdue(MARCH.minusDays(1), MARCH));
    assertFalse(Deadlines.overdue(MARCH, MARCH));
    assertTrue(Deadlines.dueSoon(MARCH.plusDays(14), MARCH));
    assertFalse(Deadlines.dueSoon(MARCH.plusDays(15), MARCH));
  }

  @Test
  void aCaseComputesItsDeadlinesAndStopsChangingWhenClosed() {
    CaseFile c =
        new CaseFile(
            "ZK-2026-00001",
            new Region("zeeland", "Zeeland"),
            MARCH,
            OffsetDateTime.now(),
            "coordinator-zeeland");
    assertNull(c.reflectionEnd());
    c.startReflectionPeriod(
        LocalDate.of(2026, 1, 31), Period.ofMonths(3), "bedenktijd", "B8/3-2023", null);
    assertEquals(LocalDate.of(2026, 4, 30), c.reflectionEnd(), "month arithmetic at a month end");
    c.startReflectionPeriod(MARCH, Period.ofMonths(3), "bedenktijd", "B8/3-2023", null);
    assertEquals(LocalDate.of(2026, 6, 16), c.reflectionEnd());
    assertEquals("B8/3-2023", c.reflectionRuleVersion());
    c.startReflectionPeriod(MARCH, Period.ofDays(30), "bedenktijd", "B8/3-2023", null);
    assertEquals(LocalDate.of(2026, 4, 15), c.reflectionEnd(), "a Dublin claimant's thirty days");
    c.reviewed(LocalDate.of(2026, 4, 1));
    assertEquals(LocalDate.of(2026, 7, 1), c.nextReview());
    assertThrows(InvalidInputException.class, () -> c.close(CloseReason.OTHER, null, MARCH));
    c.close(CloseReason.SUPPORT_COMPLETED, null, MARCH);
    assertNull(c.nextReview());
    assertThrows(InvalidInputException.class, () -> c.reviewed(MARCH));
    assertEquals("ZK-2026-00042", CaseFile.number(2026, 42));
  }

  @Test
  void aSignalHoldsASetOfFormsAndLabourAmongThemNeedsASector() {
    Region zeeland = new Region("zeeland", "Zeeland");
    Municipality goes =
        new Municipality("GM0664", "Goes", "Zeeland", zeeland, LocalDate.of(2023, 1, 1), "test");
    Signal signal =
        new Signal("WW-ABCD-EFGH", SignalStatus.DRAFT, zeeland, "test", OffsetDateTime.now());

    signal.describe(described(goes, EnumSet.of(LABOUR, CRIMINAL), null), MARCH);
    assertEquals(EnumSet.of(LABOUR, CRIMINAL), signal.forms());
    IncompleteException noSector =
        assertThrows(IncompleteException.class, () -> signal.register(MARCH, OffsetDateTime.now()));
    assertEquals(Set.of("sector"), noSector.problems().keySet(), "labour is among the forms");

    signal.describe(described(goes, Set.of(), null), MARCH);
    IncompleteException noForm =
        assertThrows(IncompleteException.class, () -> signal.register(MARCH, OffsetDateTime.now()));
    assertEquals(Set.of("forms"), noForm.problems().keySet(), "at least one form");

    signal.describe(described(goes, EnumSet.of(SEXUAL_CROSS_BORDER, CRIMINAL), null), MARCH);
    signal.register(MARCH, OffsetDateTime.now());
    assertEquals(SignalStatus.REGISTERED, signal.status());
    assertEquals(EnumSet.of(SEXUAL_CROSS_BORDER, CRIMINAL), signal.forms());
    assertThrows(
        IncompleteException.class,
        () -> signal.describe(described(goes, EnumSet.of(LABOUR), null), MARCH),
        "a registered signal stays complete");
    signal.describe(described(goes, EnumSet.of(LABOUR), Sector.CONSTRUCTION), MARCH);
    assertEquals(EnumSet.of(LABOUR), signal.forms());
  }

  @Test
  void anInterpretersLanguageIsACodeKeptOnlyWhileAnInterpreterIsNeeded() {
    Region zeeland = new Region("zeeland", "Zeeland");
    Municipality goes =
        new Municipality("GM0664", "Goes", "Zeeland", zeeland, LocalDate.of(2023, 1, 1), "test");
    Signal signal =
        new Signal("WW-ABCD-EFGH", SignalStatus.DRAFT, zeeland, "test", OffsetDateTime.now());
    Set<ExploitationForm> forms = EnumSet.of(CRIMINAL);

    InvalidInputException name =
        assertThrows(
            InvalidInputException.class,
            () -> signal.describe(described(goes, forms, null, true, "Roemeens"), MARCH),
            "a code, not a name");
    assertEquals("interpreterLanguage", name.field());

    signal.describe(described(goes, forms, null, true, "ro"), MARCH);
    signal.register(MARCH, OffsetDateTime.now());
    assertEquals("ro", signal.interpreterLanguage());
    signal.describe(described(goes, forms, null, false, "ro"), MARCH);
    assertNull(signal.interpreterLanguage(), "no interpreter, no interpreter's language");
    signal.describe(described(goes, forms, null, true, "ti"), MARCH);
    signal.anonymise(OffsetDateTime.now());
    assertNull(signal.interpreterLanguage(), "a language is personal enough to go");
  }

  @Test
  void aResumedDraftKnowsTheStepItWasSavedOn() {
    Region zeeland = new Region("zeeland", "Zeeland");
    Signal signal =
        new Signal("WW-ABCD-EFGH", SignalStatus.DRAFT, zeeland, "test", OffsetDateTime.now());
    assertNull(signal.formStep());
    signal.rememberFormStep("wie");
    assertEquals("wie", signal.formStep());
    assertThrows(InvalidInputException.class, () -> signal.rememberFormStep("<script>"));
    assertEquals("wie", signal.formStep());
  }

  private static SignalContent described(
      Municipality municipality, Set<ExploitationForm> forms, Sector sector) {
    return described(municipality, forms, sector, false, null);
  }

  private static SignalContent described(
      Municipality municipality,
      Set<ExploitationForm> forms,
      Sector sector,
      boolean interpreterNeeded,
      String interpreterLanguage) {
    Sealed text = new Sealed("k1:dGVzdA");
    return new SignalContent(
        MARCH.minusDays(1),
        Channel.PHONE,
        ReporterType.POLICE,
        null,
        municipality,
        forms,
        sector,
        null,
        null,
        Set.of(),
        text,
        text,
        new PersonAge(null, 1990),
        Gender.FEMALE,
        "ro",
        Set.of(),
        interpreterNeeded,
        interpreterLanguage,
        ResidenceStatus.EU_CITIZEN,
        Consent.GIVEN,
        ConsentSigner.PERSON);
  }

  @Test
  void similarityIgnoresCaseAccentsAndPunctuation() {
    assertEquals(1.0, Similarity.ofNames("Ánna-K.", "anna k"));
    assertTrue(Similarity.ofNames("Anna K", "Ana K") > 0.75);
    assertTrue(Similarity.ofNames("Anna K", "Mohammed B") < 0.3);
    assertEquals(0.0, Similarity.ofNames(null, "Anna"));
    String account = "Werkt zeven dagen per week in de kassen bij Kruiningen, paspoort ingenomen";
    assertTrue(
        Similarity.ofTexts(
                account, "werkt 7 dagen per week in de kassen bij Kruiningen; paspoort afgepakt")
            > 0.6);
    assertTrue(Similarity.ofTexts(account, "Minderjarige in de prostitutie in Utrecht") < 0.2);
  }

  @Test
  void nationalitiesAreIsoCodesGroupedForRights() {
    assertEquals("RO", Nationalities.normalise(" ro "));
    assertNull(Nationalities.normalise(""));
    assertThrows(InvalidInputException.class, () -> Nationalities.normalise("XY"));
    assertEquals(NationalityGroup.DUTCH, Nationalities.groupOf("NL"));
    assertEquals(NationalityGroup.EU, Nationalities.groupOf("PL"));
    assertEquals(NationalityGroup.EU, Nationalities.groupOf("NO"));
    assertEquals(NationalityGroup.NON_EU, Nationalities.groupOf("NG"));
    assertEquals(Nationalities.UNKNOWN, Nationalities.normalise("zz"));
    assertEquals(Nationalities.STATELESS, Nationalities.normalise("XX"));
    assertNull(Nationalities.groupOf(Nationalities.UNKNOWN), "unknown is no group");
    assertEquals(
        NationalityGroup.NON_EU,
        Nationalities.groupOf(Nationalities.STATELESS),
        "a stateless person is a third-country national");
  }

  @Test
  void aReferralIsAnsweredOnceAndOnlyAnAcceptedOneEnds() {
    CaseFile c =
        new CaseFile(
            "ZK-2026-00002",
            new Region("zeeland", "Zeeland"),
            MARCH,
            OffsetDateTime.now(),
            "coordinator-zeeland");
    Referral referral =
        c.refer(organisation(), nl.wegwijzer.directory.model.CareNeed.SHELTER, MARCH, null);
    assertThrows(
        InvalidInputException.class,
        () -> referral.end(ReferralOutcome.CARE_COMPLETED, null, MARCH));
    assertThrows(InvalidInputException.class, () -> referral.accept(MARCH.minusDays(1)));
    referral.accept(MARCH.plusDays(1));
    assertThrows(
        InvalidInputException.class,
        () -> referral.decline(DeclineReason.NO_CAPACITY, null, MARCH.plusDays(2)));
    assertThrows(
        InvalidInputException.class,
        () -> referral.end(ReferralOutcome.CARE_COMPLETED, null, MARCH),
        "it cannot end before it was accepted");
    assertThrows(InvalidInputException.class, () -> referral.end(null, null, MARCH.plusDays(30)));
    assertThrows(
        InvalidInputException.class,
        () -> referral.end(ReferralOutcome.OTHER, null, MARCH.plusDays(30)),
        "'other' is explained");
    referral.end(ReferralOutcome.CARE_COMPLETED, null, MARCH.plusDays(30));
    assertEquals(ReferralStatus.ENDED, referral.status());
    assertEquals(ReferralOutcome.CARE_COMPLETED, referral.outcome());
    assertEquals(MARCH.plusDays(1), referral.answeredOn());
    assertEquals(MARCH.plusDays(30), referral.endedOn());
    assertFalse(referral.personalData(), "without consent: an anonymous consultation");
  }

  @Test
  void aDeclinedReferralSaysWhyAndNeverEnds() {
    CaseFile c =
        new CaseFile(
            "ZK-2026-00003",
            new Region("zeeland", "Zeeland"),
            MARCH,
            OffsetDateTime.now(),
            "coordinator-zeeland");
    Referral referral =
        c.refer(organisation(), nl.wegwijzer.directory.model.CareNeed.SHELTER, MARCH, null);
    assertThrows(InvalidInputException.class, () -> referral.decline(null, null, MARCH));
    assertThrows(
        InvalidInputException.class, () -> referral.decline(DeclineReason.OTHER, null, MARCH));
    referral.decline(DeclineReason.NO_CAPACITY, null, MARCH);
    assertEquals(ReferralStatus.DECLINED, referral.status());
    assertEquals(DeclineReason.NO_CAPACITY, referral.declineReason());
    assertThrows(
        InvalidInputException.class,
        () -> referral.end(ReferralOutcome.CARE_COMPLETED, null, MARCH.plusDays(1)));
    assertThrows(InvalidInputException.class, () -> referral.accept(MARCH.plusDays(1)));
  }

  @Test
  void personalDataIsPassedOnOnlyWithConsentRecordedBeforeTheReferral() {
    CaseFile c =
        new CaseFile(
            "ZK-2026-00004",
            new Region("zeeland", "Zeeland"),
            MARCH,
            OffsetDateTime.now(),
            "coordinator-zeeland");
    var shelter = nl.wegwijzer.directory.model.CareNeed.SHELTER;
    assertThrows(
        InvalidInputException.class,
        () ->
            c.refer(
                organisation(),
                shelter,
                MARCH,
                new ReferralConsent(ConsentSigner.PERSON, MARCH.plusDays(1))),
        "consent given after the data went out is no consent");
    assertThrows(InvalidInputException.class, () -> new ReferralConsent(null, MARCH));
    assertThrows(
        InvalidInputException.class, () -> new ReferralConsent(ConsentSigner.PERSON, null));
    Referral withData =
        c.refer(organisation(), shelter, MARCH, new ReferralConsent(ConsentSigner.PERSON, MARCH));
    assertTrue(withData.personalData());
    assertEquals(ConsentSigner.PERSON, withData.consentSignedBy());
    assertEquals(MARCH, withData.consentOn());
  }

  @Test
  void aReferralWaitsLongFromTheConfiguredDayUntilItIsAnswered() {
    CaseFile c =
        new CaseFile(
            "ZK-2026-00005",
            new Region("zeeland", "Zeeland"),
            MARCH,
            OffsetDateTime.now(),
            "coordinator-zeeland");
    Referral referral =
        c.refer(organisation(), nl.wegwijzer.directory.model.CareNeed.SHELTER, MARCH, null);
    assertFalse(referral.waitingLong(MARCH.plusDays(13), 14));
    assertTrue(referral.waitingLong(MARCH.plusDays(14), 14));
    referral.accept(MARCH.plusDays(20));
    assertFalse(referral.waitingLong(MARCH.plusDays(40), 14), "answered: no longer waiting");
  }

  @Test
  void onlyAReceivedSignalIsTriagedAndASetAsideOneStaysAsItWas() {
    Region zeeland = new Region("zeeland", "Zeeland");
    OffsetDateTime now = OffsetDateTime.now();
    Signal received =
        new Signal("WW-AAAA-AAAA", SignalStatus.RECEIVED, zeeland, "public-form", now);
    Signal other = new Signal("WW-BBBB-BBBB", SignalStatus.RECEIVED, zeeland, "public-form", now);
    Sealed advice = new Sealed("k1:sealed-advice");
    assertEquals(
        "advice",
        assertThrows(
                InvalidInputException.class,
                () -> received.setAside(SetAsideReason.NOT_TRAFFICKING, null, null, "co", now))
            .field());
    assertEquals(
        "duplicateOf",
        assertThrows(
                InvalidInputException.class,
                () -> received.setAside(SetAsideReason.DUPLICATE, null, null, "co", now))
            .field());
    assertEquals(
        "duplicateOf",
        assertThrows(
                InvalidInputException.class,
                () -> received.setAside(SetAsideReason.DUPLICATE, null, received, "co", now))
            .field());
    Signal elsewhere =
        new Signal(
            "WW-CCCC-CCCC", SignalStatus.RECEIVED, new Region("utrecht", "Utrecht"), "pf", now);
    assertThrows(
        InvalidInputException.class,
        () -> received.setAside(SetAsideReason.DUPLICATE, null, elsewhere, "co", now));
    assertThrows(
        InvalidInputException.class,
        () -> received.setAside(SetAsideReason.SPAM, null, other, "co", now),
        "only a duplicate names another signal");

    received.setAside(SetAsideReason.DUPLICATE, advice, other, "co", now);
    assertEquals(SignalStatus.SET_ASIDE, received.status());
    assertEquals(other, received.duplicateOf());
    assertNull(received.setAsideAdvice(), "advice is kept only for 'not trafficking'");
    assertThrows(InvalidInputException.class, () -> received.takeIntoWork("co", now));
    assertThrows(
        InvalidInputException.class,
        () -> received.setAside(SetAsideReason.SPAM, null, null, "co", now));

    other.takeIntoWork("co", now);
    assertEquals(SignalStatus.DRAFT, other.status());
    assertEquals("co", other.triagedBy());
    assertThrows(InvalidInputException.class, () -> other.takeIntoWork("co", now));
    Signal draft = new Signal("WW-DDDD-DDDD", SignalStatus.DRAFT, zeeland, "co", now);
    assertThrows(
        InvalidInputException.class,
        () -> draft.setAside(SetAsideReason.SPAM, null, null, "co", now),
        "a coordinator's own draft is not in the inbox");
  }

  @Test
  void aCaseIsOfferedToAnotherRegionAndMovesOnlyWhenAccepted() {
    Region zeeland = new Region("zeeland", "Zeeland");
    Region utrecht = new Region("utrecht", "Utrecht");
    OffsetDateTime now = OffsetDateTime.now();
    CaseFile c = new CaseFile("ZK-2026-00006", zeeland, MARCH, now, "coordinator-zeeland");
    assertThrows(
        InvalidInputException.class,
        () -> new CaseTransfer(c, zeeland, null, "co", now),
        "not to its own region");
    CaseTransfer refused = new CaseTransfer(c, utrecht, null, "co", now);
    assertThrows(InvalidInputException.class, () -> refused.refuse(null, "other", now));
    refused.refuse(new Sealed("k1:x"), "other", now);
    assertEquals(TransferStatus.REFUSED, refused.status());
    assertEquals(zeeland, c.region(), "refused: the case stays");
    assertThrows(InvalidInputException.class, () -> refused.accept("other", now));

    CaseTransfer accepted = new CaseTransfer(c, utrecht, null, "co", now);
    accepted.accept("other", now);
    assertEquals(TransferStatus.ACCEPTED, accepted.status());
    assertEquals(utrecht, c.region());
    assertEquals(zeeland, accepted.fromRegion());
    assertThrows(InvalidInputException.class, () -> accepted.accept("other", now));

    c.close(CloseReason.SUPPORT_COMPLETED, null, MARCH);
    assertThrows(
        InvalidInputException.class,
        () -> new CaseTransfer(c, zeeland, null, "co", now),
        "a closed case is not transferred");
  }

  private static nl.wegwijzer.directory.model.Organisation organisation() {
    return new nl.wegwijzer.directory.model.Organisation(
        "test-opvang", "Test opvang", "Opvang voor slachtoffers", false);
  }

  @Test
  void theCipherRoundTripsWithAFreshIvAndOpensValuesOfOlderKeys() {
    String k1 = "k1:" + key('a');
    FieldCipher old = new FieldCipher(k1, "k1");
    Sealed sealedByOld = old.seal("Anna K.");
    FieldCipher rotated = new FieldCipher(k1 + ",k2:" + key('b'), "k2");
    Sealed sealedByNew = rotated.seal("Anna K.");
    assertEquals("k1", sealedByOld.keyId());
    assertEquals("k2", sealedByNew.keyId());
    assertEquals("Anna K.", rotated.open(sealedByOld));
    assertEquals("Anna K.", rotated.open(sealedByNew));
    assertNotEquals(rotated.seal("Anna K.").value(), sealedByNew.value());
    assertFalse(sealedByNew.value().contains("Anna"));
    assertNull(rotated.seal("  "));
  }

  @Test
  void theCipherRefusesTamperedValuesAndMissingKeys() {
    FieldCipher cipher = new FieldCipher("k1:" + key('a'), "k1");
    Sealed sealed = cipher.seal("geheim");
    String tampered = sealed.value().substring(0, sealed.value().length() - 2) + "AA";
    assertThrows(IllegalStateException.class, () -> cipher.open(new Sealed(tampered)));
    assertThrows(
        IllegalStateException.class, () -> new FieldCipher("k2:" + key('b'), "k2").open(sealed));
    IllegalStateException none =
        assertThrows(IllegalStateException.class, () -> new FieldCipher("", "k1"));
    assertTrue(none.getMessage().contains("WEGWIJZER_CASEWORK_KEYS"), none.getMessage());
    assertThrows(IllegalStateException.class, () -> new FieldCipher("k1:" + key('a'), "k9"));
    assertThrows(IllegalStateException.class, () -> new FieldCipher("k1:c2hvcnQ=", "k1"));
  }

  private static String key(char fill) {
    return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
  }
}
