package nl.wegwijzer.directory.service;

import static nl.wegwijzer.directory.testing.Fixtures.EVERY_AGE;
import static nl.wegwijzer.directory.testing.Fixtures.EVERY_FORM;
import static nl.wegwijzer.directory.testing.Fixtures.municipalities;
import static nl.wegwijzer.directory.testing.Fixtures.national;
import static nl.wegwijzer.directory.testing.Fixtures.organisation;
import static nl.wegwijzer.directory.testing.Fixtures.regions;
import static nl.wegwijzer.directory.testing.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.NearbyHelp;
import nl.wegwijzer.directory.model.NearbyOrganisation;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory search, in PostgreSQL with its Dutch full-text index. */
class OrganisationSearchTest extends DirectoryDatabaseTest {

  @BeforeEach
  void registerOrganisations() {
    inDirectory(
        d -> {
          OrganisationService service = d.organisationService();
          service.register(
              organisation(
                  "juristen-zeeland",
                  "Juristencollectief Zeeland",
                  "Advies over de opvanglocaties in de provincie en over verblijf.",
                  service(CareNeed.LEGAL_AID, EVERY_AGE, EVERY_FORM, regions("zeeland"))),
              true);
          service.register(
              organisation(
                  "landelijke-tolken",
                  "Landelijke Tolkendienst",
                  "Tolken in veel talen, dag en nacht.",
                  service(CareNeed.INTERPRETING, EVERY_AGE, EVERY_FORM, national())),
              true);
          service.register(
              organisation(
                  "jeugdhuis-utrecht",
                  "Jeugdhuis Utrecht",
                  "Beschermd wonen voor jongeren.",
                  service(
                      CareNeed.SHELTER,
                      Set.of(AgeGroup.MINOR),
                      Set.of(
                          ExploitationForm.SEXUAL_DOMESTIC, ExploitationForm.SEXUAL_CROSS_BORDER),
                      municipalities("GM0344")),
                  service(
                      CareNeed.LEGAL_AID,
                      Set.of(AgeGroup.ADULT),
                      Set.of(ExploitationForm.LABOUR),
                      municipalities("GM0344"))),
              true);
          return null;
        });
  }

  private static Page<OrganisationSummary> search(DirectoryQuery query) {
    return inDirectory(d -> d.directory().search(query, PageRequest.first(20)));
  }

  private static DirectoryQuery text(String words) {
    return new DirectoryQuery(words, null, null, null, null, null, null, null, null, null);
  }

  private static List<String> slugs(Page<OrganisationSummary> page) {
    return page.items().stream().map(OrganisationSummary::slug).toList();
  }

  @Test
  void dutchFullTextFindsLongerCompoundsByTheirStart() {
    assertEquals(List.of("juristen-zeeland"), slugs(search(text("opvanglocaties"))));
    assertTrue(
        slugs(search(text("opvang")))
            .containsAll(List.of("juristen-zeeland", "jeugdhuis-utrecht")));
  }

  @Test
  void theEnglishSiteAlsoFindsTheProfilesEnglishTextsStemmedAsEnglish() {
    TestDatabase.execute(
        "update directory.organisation set description_en = '<p>Interpreting in many languages,"
            + " day and night.</p>' where slug = 'landelijke-tolken'",
        "select directory.refresh_organisation_search(array(select id from"
            + " directory.organisation))");
    assertEquals(
        List.of("landelijke-tolken"),
        slugs(
            inDirectory(
                d -> d.directory().searchInEnglish(text("nights"), PageRequest.first(20)))));
    assertTrue(search(text("nights")).items().isEmpty());
    // The Dutch words still find it on the English site.
    assertEquals(
        List.of("landelijke-tolken"),
        slugs(
            inDirectory(
                d -> d.directory().searchInEnglish(text("tolken"), PageRequest.first(20)))));
  }

  @Test
  void everyWordMustMatch() {
    assertEquals(List.of("landelijke-tolken"), slugs(search(text("tolken nacht"))));
    assertTrue(search(text("tolken zeeland")).items().isEmpty());
  }

  @Test
  void aSearchTermFindsWhatItsMeaningFinds() {
    assertEquals(slugs(search(text("opvang"))), slugs(search(text("shelter"))));
    assertEquals(slugs(search(text("tolk"))), slugs(search(text("interpreter"))));
  }

  @Test
  void aPlaceInTheTextFiltersByItNearestFirst() {
    assertEquals(List.of("jeugdhuis-utrecht", "landelijke-tolken"), slugs(search(text("Utrecht"))));
    assertEquals(
        List.of("juristen-zeeland", "landelijke-tolken"), slugs(search(text("middelburg"))));
    assertEquals(List.of("juristen-zeeland"), slugs(search(text("opvang Middelburg"))));
    assertEquals(
        List.of("landelijke-tolken"),
        slugs(search(text("tolken utrecht"))),
        "the place is a filter, not a word the profile must hold");
    DirectoryQuery chosen =
        new DirectoryQuery("utrecht", null, null, "Middelburg", null, null, null, null, null, null);
    assertTrue(search(chosen).items().isEmpty(), "a chosen place leaves the words as words");
  }

  @Test
  void serviceFiltersMustHoldForOneAndTheSameService() {
    DirectoryQuery minorLegalAid =
        new DirectoryQuery(null, "legal-aid", null, null, "minor", null, null, null, null, null);
    assertEquals(List.of("juristen-zeeland"), slugs(search(minorLegalAid)));
    DirectoryQuery adultLabourLegalAid =
        new DirectoryQuery(
            null, "legal-aid", null, null, "adult", null, null, "labour", null, null);
    assertEquals(
        List.of("jeugdhuis-utrecht", "juristen-zeeland"), slugs(search(adultLabourLegalAid)));
  }

  @Test
  void aPlaceFindsLocalRegionalAndNationalHelp() {
    DirectoryQuery utrecht =
        new DirectoryQuery(null, null, null, "Utrecht", null, null, null, null, null, null);
    assertEquals(List.of("jeugdhuis-utrecht", "landelijke-tolken"), slugs(search(utrecht)));
    DirectoryQuery middelburg =
        new DirectoryQuery(null, null, null, "Middelburg", null, null, null, null, null, null);
    assertEquals(List.of("juristen-zeeland", "landelijke-tolken"), slugs(search(middelburg)));
    DirectoryQuery utrechtRegion =
        new DirectoryQuery(null, null, "utrecht", null, null, null, null, null, null, null);
    assertEquals(List.of("jeugdhuis-utrecht", "landelijke-tolken"), slugs(search(utrechtRegion)));
  }

  @Test
  void resultsArePagedCountedAndSortedInSql() {
    Page<OrganisationSummary> first =
        inDirectory(d -> d.directory().search(DirectoryQuery.all(), new PageRequest(1, 2)));
    assertEquals(3, first.totalItems());
    assertEquals(2, first.totalPages());
    assertEquals(List.of("jeugdhuis-utrecht", "juristen-zeeland"), slugs(first));
    Page<OrganisationSummary> second =
        inDirectory(d -> d.directory().search(DirectoryQuery.all(), new PageRequest(2, 2)));
    assertEquals(List.of("landelijke-tolken"), slugs(second));
    DirectoryQuery descending =
        new DirectoryQuery(null, null, null, null, null, null, null, null, null, "name-desc");
    assertEquals("landelijke-tolken", slugs(search(descending)).get(0));
  }

  @Test
  void aSummaryNamesTheNeedsAndTheArea() {
    OrganisationSummary youth = search(text("jeugdhuis")).items().get(0);
    assertEquals(List.of("legal-aid", "shelter"), youth.careNeeds());
    assertEquals(List.of("Utrecht"), youth.regions());
    OrganisationSummary interpreters = search(text("tolkendienst")).items().get(0);
    assertTrue(interpreters.national());
  }

  @Test
  void aSummaryIsTheDescriptionsTextWithItsCharactersDecoded() {
    inDirectory(
        d ->
            d.organisationService()
                .register(
                    organisation(
                        "meldpunt-zeeland",
                        "Meldpunt Zeeland",
                        "<p>Mail info&#64;x.nl of bel &#43;31 118 000 100.</p><p>Tom &amp; Jerry</p>",
                        service(CareNeed.LEGAL_AID, EVERY_AGE, EVERY_FORM, regions("zeeland"))),
                    true));
    assertEquals(
        "Mail info@x.nl of bel +31 118 000 100. Tom & Jerry",
        search(text("meldpunt")).items().get(0).summary());
  }

  @Test
  void wrongFiltersAreRefusedWithTheFieldNamed() {
    InvalidInputException wrongNeed =
        assertThrows(
            InvalidInputException.class,
            () ->
                search(
                    new DirectoryQuery(
                        null, "massage", null, null, null, null, null, null, null, null)));
    assertEquals("need", wrongNeed.field());
    InvalidInputException wrongPlace =
        assertThrows(
            InvalidInputException.class,
            () ->
                search(
                    new DirectoryQuery(
                        null, null, null, "Atlantis", null, null, null, null, null, null)));
    assertEquals("municipality", wrongPlace.field());
    assertThrows(
        InvalidInputException.class,
        () ->
            search(
                new DirectoryQuery(null, null, "mars", null, null, null, null, null, null, null)));
  }

  @Test
  void sqlInTheSearchTextIsJustText() {
    assertTrue(search(text("'); delete from directory.organisation; --")).items().isEmpty());
    assertEquals(3, search(DirectoryQuery.all()).totalItems());
  }

  @Test
  void nearbyAnswersEachNeedOnceInTheOrderAskedNearestFirst() {
    List<NearbyHelp> help =
        inDirectory(
            d ->
                d.directory()
                    .nearby(
                        new HelpQuery(
                            List.of("interpreting", "legal-aid", "interpreting", "shelter"),
                            "Middelburg",
                            "adult",
                            null,
                            null,
                            List.of("labour"),
                            List.of(" ", "NL"),
                            false),
                        5));
    assertEquals(
        List.of("interpreting", "legal-aid", "shelter"),
        help.stream().map(NearbyHelp::need).toList());
    assertEquals(
        List.of(
            new NearbyOrganisation(
                "landelijke-tolken", "Landelijke Tolkendienst", true, "national", List.of())),
        help.get(0).first());
    assertEquals("region", help.get(1).first().get(0).nearness());
    assertEquals(
        List.of("juristen-zeeland"),
        help.get(1).first().stream().map(NearbyOrganisation::slug).toList());
    assertEquals(
        0, help.get(2).total(), "the minors' shelter in Utrecht is neither near nor for adults");
    assertEquals(
        "need",
        assertThrows(
                InvalidInputException.class,
                () ->
                    inDirectory(
                        d ->
                            d.directory()
                                .nearby(
                                    new HelpQuery(
                                        List.of("opvang"),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        false),
                                    5)))
            .field());
  }
}
