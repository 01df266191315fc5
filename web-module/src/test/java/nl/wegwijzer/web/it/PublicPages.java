package nl.wegwijzer.web.it;

import java.util.ArrayList;
import java.util.List;

/**
 * The landing page of every section of the public guide, for the tests that walk the whole public
 * site (accessibility, Keycloak down). A new section added here is walked by all of them.
 */
final class PublicPages {

  static final List<String> SECTIONS =
      List.of(
          "/",
          "/organisaties",
          "/zorgcoordinator",
          "/route-op-maat",
          "/zoeken",
          "/signaleren",
          "/beschermen",
          "/strafrechtelijk-proces",
          "/compensatie",
          "/informatie",
          "/rechten",
          "/vormen",
          "/signalen-herkennen",
          "/verhalen",
          "/nieuws",
          "/vragen",
          "/documenten",
          "/toegankelijkheid",
          "/veilig-zoeken",
          "/signaal-melden");

  private PublicPages() {}

  /** Every section's landing page, then the given pages in their states (queries, errors). */
  static List<String> sectionsAnd(String... more) {
    List<String> pages = new ArrayList<>(SECTIONS);
    pages.addAll(List.of(more));
    return List.copyOf(pages);
  }
}
