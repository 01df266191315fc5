package nl.wegwijzer.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.wegwijzer.directory.support.Page;
import org.junit.jupiter.api.Test;

/** The pager of every list: page numbers from the URL, the numbers shown, the links. */
class PagerTest {

  private static final int SIZE = 20;
  private static final int MAX_PAGE = 500;

  private static Pager pager(int number, long total, boolean capped) {
    return Pager.of(new Page<>(List.of("x"), number, SIZE, total, capped), "/list").upTo(MAX_PAGE);
  }

  @Test
  void aPageNumberThatIsNoNumberIsTheFirstAndAHugeOneStaysInBounds() {
    assertEquals(1, Pager.pageAsked(null, MAX_PAGE));
    assertEquals(1, Pager.pageAsked("", MAX_PAGE));
    assertEquals(1, Pager.pageAsked("abc", MAX_PAGE));
    assertEquals(1, Pager.pageAsked("-3", MAX_PAGE));
    assertEquals(1, Pager.pageAsked("0", MAX_PAGE));
    assertEquals(1, Pager.pageAsked("2.5", MAX_PAGE));
    assertEquals(3, Pager.pageAsked(" 3 ", MAX_PAGE));
    assertEquals(MAX_PAGE, Pager.pageAsked("99999999999999", MAX_PAGE));
    assertEquals(MAX_PAGE, Pager.pageAsked("999999999", MAX_PAGE));
  }

  @Test
  void theCurrentPageItsNeighboursTheFirstAndTheLastWithGaps() {
    assertEquals(List.of(), pager(1, 20, false).pageNumbers());
    assertFalse(pager(1, 20, false).isShown());
    assertEquals(List.of(1, 2), pager(1, 21, false).pageNumbers());
    assertEquals(List.of(1, 2, 3, 4), pager(1, 78, false).pageNumbers());
    assertEquals(List.of(1, 0, 4, 5, 6, 7, 8, 0, 20), pager(6, 400, false).pageNumbers());
    assertEquals(List.of(1, 0, 18, 19, 20), pager(20, 400, false).pageNumbers());
    List<Pager.Entry> entries = pager(6, 400, false).getEntries();
    assertEquals(new Pager.Entry(0, null, false), entries.get(1));
    assertEquals(new Pager.Entry(6, "/list?pagina=6", true), entries.get(4));
  }

  @Test
  void aCappedCountHasNoLastPageButAlwaysANextOne() {
    Pager first = pager(1, 1000, true);
    assertEquals(List.of(1, 2, 3), first.pageNumbers());
    assertTrue(first.isHasNext());
    // Past the capped count the count grows with the page asked for.
    Pager far = pager(51, 1020, true);
    assertEquals(List.of(1, 0, 49, 50, 51), far.pageNumbers());
    assertTrue(far.isHasNext());
    assertFalse(pager(4, 78, false).isHasNext());
    assertTrue(pager(3, 78, false).isHasNext());
    assertFalse(pager(MAX_PAGE, 20_000, true).isHasNext());
  }

  @Test
  void aPageLinkKeepsEveryParameterGivenAndNothingElse() {
    Page<String> page = new Page<>(List.of("x"), 7, SIZE, 1000);
    Pager bare = Pager.of(page, "/organisaties").numberedBy("page").landingAt("resultaten");
    assertEquals("/organisaties#resultaten", bare.link(1));
    assertEquals("/organisaties?page=2#resultaten", bare.link(2));
    Pager filtered =
        Pager.of(page, "/organisaties")
            .keeping("q", "opvang & zorg")
            .keeping("need", "shelter")
            .keeping("municipality", "Den Haag")
            .keeping("region", " ")
            .keeping("age", null)
            .keeping("sort", "name-desc")
            .numberedBy("page")
            .landingAt("resultaten");
    assertEquals(
        "/organisaties?q=opvang+%26+zorg&need=shelter&municipality=Den+Haag&sort=name-desc&page=3"
            + "#resultaten",
        filtered.link(3));
    assertEquals(
        "/organisaties?q=opvang+%26+zorg&need=shelter&municipality=Den+Haag&sort=name-desc"
            + "#resultaten",
        filtered.link(1));
    assertEquals(
        "/beheer/logboek?door=anna&pagina=8",
        Pager.of(page, "/beheer/logboek").keeping("door", "anna").getNextLink());
  }
}
