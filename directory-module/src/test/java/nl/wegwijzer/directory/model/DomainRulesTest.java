package nl.wegwijzer.directory.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PageRequest;
import org.junit.jupiter.api.Test;

class DomainRulesTest {

  private static final Region ZEELAND = new Region("zeeland", "Zeeland");
  private static final java.time.LocalDate SINCE_2023 = java.time.LocalDate.of(2023, 1, 1);

  private static CoordinatorContact contact(String organisation) {
    return new CoordinatorContact(organisation, null, "0118-000 100", null, null);
  }

  @Test
  void theSingleSexualFormOfBeforeItsSplitIsReadAsSexualExploitationInsideTheNetherlands() {
    assertEquals(
        ExploitationForm.SEXUAL_DOMESTIC, Coded.parse(ExploitationForm.class, "form", "sexual"));
    assertEquals(
        ExploitationForm.SEXUAL_DOMESTIC, Coded.parse(ExploitationForm.class, "form", "Sexual"));
    assertEquals("sexual-domestic", ExploitationForm.SEXUAL_DOMESTIC.code(), "never written");
    assertTrue(Coded.isFormer(ExploitationForm.class, "sexual"));
    assertFalse(Coded.isFormer(ExploitationForm.class, "sexual-domestic"));
    assertThrows(
        InvalidInputException.class, () -> Coded.parse(ExploitationForm.class, "form", "sex"));
  }

  @Test
  void postcodesAreReadAsPeopleTypeThem() {
    assertEquals(Optional.of("4331"), PostcodeArea.pc4Of("4331"));
    assertEquals(Optional.of("4331"), PostcodeArea.pc4Of("4331AB"));
    assertEquals(Optional.of("4331"), PostcodeArea.pc4Of(" 4331 ab "));
    assertEquals(Optional.empty(), PostcodeArea.pc4Of("0331"));
    assertEquals(Optional.empty(), PostcodeArea.pc4Of("433"));
    assertEquals(Optional.empty(), PostcodeArea.pc4Of("Middelburg"));
    assertEquals(Optional.empty(), PostcodeArea.pc4Of(null));
  }

  @Test
  void cbsCodesAreNormalised() {
    assertEquals("GM0363", Municipality.normaliseCbsCode("363"));
    assertEquals("GM0363", Municipality.normaliseCbsCode("0363"));
    assertEquals("GM0363", Municipality.normaliseCbsCode("gm0363"));
    assertThrows(InvalidInputException.class, () -> Municipality.normaliseCbsCode("Amsterdam"));
  }

  @Test
  void slugsAreReadableAndChecked() {
    assertEquals("fryslan", Slugs.from("Fryslân"));
    assertEquals("s-gravenhage", Slugs.from("'s-Gravenhage"));
    assertTrue(Slugs.isSlug("stichting-veilige-haven"));
    assertFalse(Slugs.isSlug("Stichting Veilige Haven"));
    assertFalse(Slugs.isSlug("a--b"));
    assertThrows(InvalidInputException.class, () -> new Region("Zee land", "Zeeland"));
  }

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  private static CoordinationTerms terms(
      LocalDate from, CoordinatorScope covers, Integer splitAge, String organisation) {
    return new CoordinationTerms(
        from, null, covers, splitAge, Set.of(ZEELAND), contact(organisation));
  }

  @Test
  void anAgeBandCoversTheAgesBelowOrFromItsSplitAge() {
    assertTrue(CoordinatorScope.ALL.covers(0, null));
    assertTrue(CoordinatorScope.ALL.covers(99, null));
    assertTrue(CoordinatorScope.BELOW_SPLIT.covers(17, 18));
    assertFalse(CoordinatorScope.BELOW_SPLIT.covers(18, 18));
    assertFalse(CoordinatorScope.FROM_SPLIT.covers(17, 18));
    assertTrue(CoordinatorScope.FROM_SPLIT.covers(18, 18));
    // Where the region splits at 23, a twenty-year-old is still with the young people's point.
    assertTrue(CoordinatorScope.BELOW_SPLIT.covers(22, 23));
    assertFalse(CoordinatorScope.FROM_SPLIT.covers(20, 23));
    assertTrue(CoordinatorScope.FROM_SPLIT.covers(23, 23));
  }

  @Test
  void withoutAnAgeEveryBandIsListedAndWithOneOnlyTheBandThatCoversIt() {
    CoordinationPoint young =
        new CoordinationPoint(
            "zeeland-jongeren",
            "Young",
            false,
            terms(JAN_1, CoordinatorScope.BELOW_SPLIT, 23, "Y"));
    CoordinationPeriod period = young.latest();
    assertTrue(period.coversAge(null));
    assertTrue(period.coversAge(22));
    assertFalse(period.coversAge(23));
    assertTrue(period.splitsByAge());
  }

  @Test
  void anAgeBandNeedsASplitAgeAndAllAgesHaveNone() {
    assertThrows(
        InvalidInputException.class, () -> terms(JAN_1, CoordinatorScope.BELOW_SPLIT, null, "Y"));
    assertThrows(
        InvalidInputException.class, () -> terms(JAN_1, CoordinatorScope.FROM_SPLIT, 60, "A"));
    assertThrows(InvalidInputException.class, () -> terms(JAN_1, CoordinatorScope.ALL, 18, "A"));
    assertThrows(
        InvalidInputException.class,
        () ->
            new CoordinationTerms(
                JAN_1,
                JAN_1.minusDays(1),
                CoordinatorScope.ALL,
                null,
                Set.of(ZEELAND),
                contact("A")));
  }

  @Test
  void theNationalPointServesNoRegionAndARegionalOneAtLeastOne() {
    assertThrows(
        InvalidInputException.class,
        () ->
            new CoordinationPoint(
                "landelijk", "L", true, terms(JAN_1, CoordinatorScope.ALL, null, "L")));
    assertThrows(
        InvalidInputException.class,
        () ->
            new CoordinationPoint(
                "zeeland",
                "Z",
                false,
                new CoordinationTerms(
                    JAN_1, null, CoordinatorScope.ALL, null, Set.of(), contact("Z"))));
  }

  @Test
  void aChangeTakesEffectOnItsDayAndTheVersionBeforeEndsTheDayBefore() {
    CoordinationPoint point =
        new CoordinationPoint(
            "zeeland", "Zeeland", false, terms(JAN_1, CoordinatorScope.ALL, null, "Old"));
    LocalDate march = LocalDate.of(2026, 3, 1);
    point.change("Zeeland", terms(march, CoordinatorScope.ALL, null, "New"));

    assertEquals(2, point.periods().size());
    assertEquals(Optional.of(LocalDate.of(2026, 2, 28)), point.periods().get(0).validUntil());
    assertEquals("Old", point.on(LocalDate.of(2026, 2, 28)).orElseThrow().contact().organisation());
    assertEquals("New", point.on(march).orElseThrow().contact().organisation());
    assertEquals("New", point.on(LocalDate.of(2030, 1, 1)).orElseThrow().contact().organisation());
    assertTrue(point.on(JAN_1.minusDays(1)).isEmpty(), "nothing before the first version");
  }

  @Test
  void aChangeFromTheSameDayCorrectsThatVersionAndAnEarlierDayIsRefused() {
    CoordinationPoint point =
        new CoordinationPoint(
            "zeeland", "Zeeland", false, terms(JAN_1, CoordinatorScope.ALL, null, "Old"));
    LocalDate march = LocalDate.of(2026, 3, 1);
    point.change("Zeeland", terms(march, CoordinatorScope.ALL, null, "New"));
    point.change("Zeeland", terms(march, CoordinatorScope.ALL, null, "Corrected"));
    assertEquals(2, point.periods().size());
    assertEquals("Corrected", point.on(march).orElseThrow().contact().organisation());

    InvalidInputException before =
        assertThrows(
            InvalidInputException.class,
            () ->
                point.change(
                    "Zeeland", terms(march.minusDays(1), CoordinatorScope.ALL, null, "X")));
    assertEquals("validFrom", before.field());
    assertEquals("Old", point.on(march.minusDays(1)).orElseThrow().contact().organisation());
  }

  @Test
  void anEndThatIsKnownStaysWhenALaterVersionFollows() {
    CoordinationPoint point =
        new CoordinationPoint(
            "zeeland",
            "Zeeland",
            false,
            new CoordinationTerms(
                JAN_1,
                LocalDate.of(2026, 1, 31),
                CoordinatorScope.ALL,
                null,
                Set.of(ZEELAND),
                contact("Old")));
    point.change("Zeeland", terms(LocalDate.of(2026, 3, 1), CoordinatorScope.ALL, null, "New"));
    assertEquals(Optional.of(LocalDate.of(2026, 1, 31)), point.periods().get(0).validUntil());
    assertTrue(point.on(LocalDate.of(2026, 2, 15)).isEmpty(), "a gap stays a gap");
  }

  @Test
  void aConfidentialLocationNeverGivesItsAddress() {
    Organisation organisation =
        new Organisation("opvang-test", "Opvang", "Opvang voor slachtoffers", true);
    organisation.replaceLocations(
        List.of(
            new Location.LocationDetails(
                "Opvanghuis", "Geheimstraat 1", "4331 AA", "Middelburg", null, true, List.of()),
            new Location.LocationDetails(
                "Kantoor",
                "Openbaarweg 2",
                "4331 AB",
                "Middelburg",
                null,
                false,
                List.of(
                    new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))))));
    Location shelter = organisation.locations().get(0);
    assertTrue(shelter.publicAddress().isEmpty());
    assertTrue(shelter.publicCity().isEmpty());
    assertEquals(
        "Openbaarweg 2", organisation.locations().get(1).publicAddress().orElseThrow().street());
  }

  @Test
  void servicesSayWhereTheyAreOffered() {
    Organisation organisation =
        new Organisation("hulp-test", "Hulp", "Hulp voor slachtoffers", true);
    CareService.ServiceDetails nationalWithRegion = service(AreaScope.NATIONAL, Set.of(ZEELAND));
    assertThrows(
        InvalidInputException.class,
        () -> organisation.replaceServices(List.of(nationalWithRegion)));
    assertThrows(
        InvalidInputException.class,
        () -> organisation.replaceServices(List.of(service(AreaScope.REGIONS, Set.of()))));
    assertThrows(InvalidInputException.class, () -> organisation.replaceServices(List.of()));
    organisation.replaceServices(List.of(service(AreaScope.REGIONS, Set.of(ZEELAND))));
    Municipality middelburg =
        new Municipality("GM0687", "Middelburg (Z.)", "Zeeland", ZEELAND, SINCE_2023, "test");
    Municipality utrecht =
        new Municipality(
            "GM0344", "Utrecht", "Utrecht", new Region("utrecht", "Utrecht"), SINCE_2023, "test");
    assertTrue(organisation.services().get(0).servesMunicipality(middelburg));
    assertFalse(organisation.services().get(0).servesMunicipality(utrecht));
  }

  /** A dated move: the old region before its date, the new one from it; history is not edited. */
  @Test
  void aMunicipalityMovesFromADateAndKeepsItsEarlierRegionBeforeIt() {
    Region westBrabant = new Region("west-brabant", "West-Brabant");
    Municipality veere = new Municipality("GM0717", "Veere", "Zeeland", ZEELAND, SINCE_2023, "cbs");
    java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 7);
    java.time.LocalDate from = java.time.LocalDate.of(2027, 1, 1);
    assertThrows(
        InvalidInputException.class,
        () -> veere.moveTo(westBrabant, today.minusDays(1), today, "too late"));
    assertThrows(InvalidInputException.class, () -> veere.moveTo(ZEELAND, from, today, "same"));
    veere.moveTo(westBrabant, from, today, "a source");
    assertEquals(Optional.of(ZEELAND), veere.regionOn(from.minusDays(1)));
    assertEquals(Optional.of(westBrabant), veere.regionOn(from));
    assertEquals(Optional.empty(), veere.regionOn(SINCE_2023.minusDays(1)));
    assertEquals(ZEELAND, veere.region(), "today's region until the date");
    assertEquals(2, veere.assignments().size());
    assertEquals(Optional.of(from.minusDays(1)), veere.assignments().get(0).validUntil());
    assertFalse(veere.followAssignmentOn(today));
    assertTrue(veere.followAssignmentOn(from));
    assertEquals(westBrabant, veere.region());
  }

  @Test
  void theSearchDocumentCarriesTheWordsPeopleSearchWith() {
    Organisation organisation =
        new Organisation("huis-test", "Het Huis", "Wij bieden een bed.", true);
    organisation.replaceServices(List.of(service(AreaScope.NATIONAL, Set.of())));
    assertTrue(organisation.searchDocument().contains("opvang"));
    assertTrue(organisation.searchDocument().contains("Wij bieden een bed."));
  }

  @Test
  void organisationContactDetailsAreChecked() {
    Organisation organisation = new Organisation("contact-test", "Contact", "Tekst", true);
    assertThrows(
        InvalidInputException.class, () -> organisation.changeContact("javascript:alert(1)", null));
    assertThrows(InvalidInputException.class, () -> organisation.changeContact(null, "geen-adres"));
    assertThrows(InvalidInputException.class, () -> new Phone("bel ons", "Algemeen", false));
    assertThrows(
        InvalidInputException.class, () -> organisation.replaceLanguages(List.of("Nederlands")));
    organisation.changeContact("https://voorbeeld.example", "info@voorbeeld.example");
    assertEquals("https://voorbeeld.example", organisation.website());
  }

  @Test
  void codesRoundTripAndNameTheAllowedValues() {
    for (CareNeed need : CareNeed.values()) {
      assertEquals(need, Coded.parse(CareNeed.class, "need", need.code()));
    }
    assertEquals(
        NationalityGroup.NON_EU, Coded.parse(NationalityGroup.class, "nationality", "non-eu"));
    InvalidInputException wrong =
        assertThrows(InvalidInputException.class, () -> Coded.parse(AgeGroup.class, "age", "old"));
    assertEquals("age", wrong.field());
    assertTrue(wrong.getMessage().contains("minor, adult"));
  }

  @Test
  void pagesAreBounded() {
    assertThrows(InvalidInputException.class, () -> new PageRequest(0, 20));
    assertThrows(InvalidInputException.class, () -> new PageRequest(1, 101));
    assertEquals(40, new PageRequest(3, 20).offset());
  }

  private static CareService.ServiceDetails service(AreaScope scope, Set<Region> regions) {
    return new CareService.ServiceDetails(
        "Opvang",
        "Beschermde opvang",
        CareNeed.SHELTER,
        AccessRoute.VIA_COORDINATOR,
        Set.of(AgeGroup.ADULT),
        Set.of(Gender.FEMALE),
        Set.of(NationalityGroup.DUTCH, NationalityGroup.EU, NationalityGroup.NON_EU),
        Set.of(ExploitationForm.SEXUAL_DOMESTIC, ExploitationForm.SEXUAL_CROSS_BORDER),
        scope,
        regions,
        Set.of());
  }
}
