package nl.wegwijzer.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import nl.wegwijzer.directory.model.CoordinatorScope;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoordinatorFinderTest extends DirectoryDatabaseTest {

  private static CoordinationSetup.Contact contact(CoordinatorScope scope, String organisation) {
    return new CoordinationSetup.Contact(scope, organisation, "0118-000 100", null, null);
  }

  @BeforeEach
  void setUpCoordination() {
    inDirectory(
        d -> {
          d.coordinationService()
              .apply(
                  new CoordinationSetup(
                      contact(CoordinatorScope.ALL, "National"),
                      List.of(
                          new CoordinationSetup.RegionEntry(
                              "zeeland", null, List.of(contact(CoordinatorScope.ALL, "Zeeland"))),
                          new CoordinationSetup.RegionEntry(
                              "amsterdam-amstelland",
                              18,
                              List.of(
                                  contact(CoordinatorScope.BELOW_SPLIT, "Amsterdam young"),
                                  contact(CoordinatorScope.FROM_SPLIT, "Amsterdam adult"))))));
          d.postcodeImport().apply(new StringReader("PC4;Gemeente2024\n4331;0687\n1012;0363\n"));
          return null;
        });
  }

  private static CoordinatorAnswer find(String place, Integer age) {
    return inDirectory(d -> d.coordinatorFinder().find(place, age));
  }

  @Test
  void aMunicipalityGivesItsRegionsCoordinator() {
    CoordinatorAnswer answer = find("Middelburg", null);
    assertFalse(answer.ageNeeded());
    assertFalse(answer.nationalFallback());
    assertEquals("Zeeland", answer.coordinators().get(0).organisation());
    assertEquals("zeeland", answer.municipality().regionCode());
  }

  @Test
  void aPostcodeGivesTheSameAnswerAsItsMunicipality() {
    CoordinatorAnswer answer = find("4331 AB", null);
    assertEquals("GM0687", answer.municipality().code());
    assertEquals("4331", answer.postcode());
    assertEquals("Zeeland", answer.coordinators().get(0).organisation());
  }

  @Test
  void theAgeQuestionIsAskedOnlyWhereTheRegionSplitsByAge() {
    CoordinatorAnswer withoutAge = find("Amsterdam", null);
    assertTrue(withoutAge.ageNeeded());
    assertEquals(18, withoutAge.splitAge());
    assertEquals(2, withoutAge.coordinators().size());
    assertEquals("Amsterdam young", find("1012", 16).coordinators().get(0).organisation());
    assertEquals("Amsterdam adult", find("Amsterdam", 18).coordinators().get(0).organisation());
    assertFalse(find("Middelburg", 16).ageNeeded());
  }

  @Test
  void aRegionWithoutCoordinatorFallsBackToTheNationalOne() {
    CoordinatorAnswer answer = find("Assen", null);
    assertTrue(answer.nationalFallback());
    assertEquals("National", answer.coordinators().get(0).organisation());
  }

  @Test
  void unknownPlacesAndAgesAreClearErrors() {
    UnknownPlaceException postcode =
        assertThrows(UnknownPlaceException.class, () -> find("9999", null));
    assertTrue(postcode.isPostcode());
    UnknownPlaceException name =
        assertThrows(UnknownPlaceException.class, () -> find("Atlantis", null));
    assertFalse(name.isPostcode());
    AmbiguousPlaceException bergen =
        assertThrows(AmbiguousPlaceException.class, () -> find("Bergen", null));
    assertEquals(List.of("Bergen (L.)", "Bergen (NH.)"), bergen.candidates());
    assertThrows(InvalidInputException.class, () -> find("Amsterdam", -1));
    assertThrows(InvalidInputException.class, () -> find("Amsterdam", 300));
    assertThrows(InvalidInputException.class, () -> find(" ", null));
  }

  @Test
  void settingCoordinationAgainReplacesIt() {
    inDirectory(
        d -> {
          d.coordinationService()
              .apply(
                  new CoordinationSetup(
                      contact(CoordinatorScope.ALL, "National 2"),
                      List.of(
                          new CoordinationSetup.RegionEntry(
                              "amsterdam-amstelland",
                              null,
                              List.of(contact(CoordinatorScope.ALL, "Amsterdam all"))))));
          return null;
        });
    CoordinatorAnswer answer = find("Amsterdam", null);
    assertFalse(answer.ageNeeded());
    assertEquals("Amsterdam all", answer.coordinators().get(0).organisation());
    assertEquals("National 2", find("Assen", null).coordinators().get(0).organisation());
  }
}
