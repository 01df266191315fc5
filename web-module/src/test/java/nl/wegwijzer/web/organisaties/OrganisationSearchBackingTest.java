package nl.wegwijzer.web.organisaties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.wegwijzer.directory.support.Page;
import org.junit.jupiter.api.Test;

/** The directory's GET paginator: page numbers from the URL, the numbers shown, the links. */
class OrganisationSearchBackingTest {

  private static Page<String> page(int number, long total, boolean capped) {
    return new Page<>(List.of("x"), number, OrganisationSearchBacking.PAGE_SIZE, total, capped);
  }

  @Test
  void aPageNumberThatIsNoNumberIsTheFirstAndAHugeOneStaysInBounds() {
    assertEquals(1, OrganisationSearchBacking.pageAsked(null));
    assertEquals(1, OrganisationSearchBacking.pageAsked(""));
    assertEquals(1, OrganisationSearchBacking.pageAsked("abc"));
    assertEquals(1, OrganisationSearchBacking.pageAsked("-3"));
    assertEquals(1, OrganisationSearchBacking.pageAsked("0"));
    assertEquals(1, OrganisationSearchBacking.pageAsked("2.5"));
    assertEquals(3, OrganisationSearchBacking.pageAsked(" 3 "));
    assertEquals(
        OrganisationSearchBacking.MAX_PAGE, OrganisationSearchBacking.pageAsked("99999999999999"));
    assertEquals(
        OrganisationSearchBacking.MAX_PAGE, OrganisationSearchBacking.pageAsked("999999999"));
  }

  @Test
  void theCurrentPageItsNeighboursTheFirstAndTheLastWithGaps() {
    assertEquals(List.of(), OrganisationSearchBacking.pageNumbers(page(1, 20, false)));
    assertEquals(List.of(1, 2), OrganisationSearchBacking.pageNumbers(page(1, 21, false)));
    assertEquals(List.of(1, 2, 3, 4), OrganisationSearchBacking.pageNumbers(page(1, 78, false)));
    assertEquals(
        List.of(1, 0, 4, 5, 6, 7, 8, 0, 20),
        OrganisationSearchBacking.pageNumbers(page(6, 400, false)));
    assertEquals(
        List.of(1, 0, 18, 19, 20), OrganisationSearchBacking.pageNumbers(page(20, 400, false)));
  }

  @Test
  void aCappedCountHasNoLastPageButAlwaysANextOne() {
    Page<String> first = page(1, 1000, true);
    assertEquals(List.of(1, 2, 3), OrganisationSearchBacking.pageNumbers(first));
    assertTrue(OrganisationSearchBacking.hasNext(first));
    // Past the capped count the count grows with the page asked for.
    Page<String> far = page(51, 1020, true);
    assertEquals(List.of(1, 0, 49, 50, 51), OrganisationSearchBacking.pageNumbers(far));
    assertTrue(OrganisationSearchBacking.hasNext(far));
    assertFalse(OrganisationSearchBacking.hasNext(page(4, 78, false)));
    assertTrue(OrganisationSearchBacking.hasNext(page(3, 78, false)));
    assertFalse(
        OrganisationSearchBacking.hasNext(page(OrganisationSearchBacking.MAX_PAGE, 20_000, true)));
  }

  @Test
  void aPageLinkKeepsEveryFilterGivenAndNothingElse() {
    OrganisationSearchBacking search = new OrganisationSearchBacking();
    assertEquals("#resultaten", search.pageLink(1));
    assertEquals("?page=2#resultaten", search.pageLink(2));
    search.setText("opvang & zorg");
    search.setNeed("shelter");
    search.setRegion("zeeland");
    search.setMunicipality("Den Haag");
    search.setAge("minor");
    search.setGender("female");
    search.setNationality("eu");
    search.setForm("labour");
    search.setLanguage("ar");
    search.setSort("name-desc");
    search.setPage("7");
    assertEquals(
        "?q=opvang+%26+zorg&need=shelter&municipality=Den+Haag&region=zeeland&age=minor"
            + "&gender=female&nationality=eu&form=labour&language=ar&sort=name-desc&page=3"
            + "#resultaten",
        search.pageLink(3));
    search.setText(" ");
    search.setNeed("");
    assertEquals(
        "?municipality=Den+Haag&region=zeeland&age=minor&gender=female&nationality=eu"
            + "&form=labour&language=ar&sort=name-desc#resultaten",
        search.pageLink(1));
  }
}
