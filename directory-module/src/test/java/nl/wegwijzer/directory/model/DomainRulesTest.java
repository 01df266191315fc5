package nl.wegwijzer.directory.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
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

  private static CoordinatorContact contact(CoordinatorScope scope, String organisation) {
    return new CoordinatorContact(scope, organisation, "0118-000 100", null, null);
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

  @Test
  void aRegionWithoutSplitAnswersEveryAge() {
    Coordination coordination = Coordination.forRegion(ZEELAND, contact(CoordinatorScope.ALL, "A"));
    assertEquals("A", coordination.contactFor(null).orElseThrow().organisation());
    assertEquals("A", coordination.contactFor(15).orElseThrow().organisation());
    assertFalse(coordination.splitsByAge());
  }

  @Test
  void aRegionSplitByAgeNeedsTheAgeAndPicksByIt() {
    Coordination coordination =
        Coordination.forRegionSplitByAge(
            ZEELAND,
            18,
            contact(CoordinatorScope.BELOW_SPLIT, "Young"),
            contact(CoordinatorScope.FROM_SPLIT, "Adult"));
    assertTrue(coordination.contactFor(null).isEmpty());
    assertEquals("Young", coordination.contactFor(17).orElseThrow().organisation());
    assertEquals("Adult", coordination.contactFor(18).orElseThrow().organisation());
    assertEquals("Adult", coordination.contactFor(40).orElseThrow().organisation());
  }

  @Test
  void contactsMustFitTheirPlaceInTheSplit() {
    assertThrows(
        InvalidInputException.class,
        () ->
            Coordination.forRegionSplitByAge(
                ZEELAND,
                18,
                contact(CoordinatorScope.FROM_SPLIT, "Adult"),
                contact(CoordinatorScope.BELOW_SPLIT, "Young")));
    assertThrows(
        InvalidInputException.class,
        () -> Coordination.forRegion(ZEELAND, contact(CoordinatorScope.BELOW_SPLIT, "Young")));
    Coordination national = Coordination.national(contact(CoordinatorScope.ALL, "National"));
    assertThrows(
        InvalidInputException.class,
        () ->
            national.assignSplit(
                18,
                contact(CoordinatorScope.BELOW_SPLIT, "Y"),
                contact(CoordinatorScope.FROM_SPLIT, "A")));
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
