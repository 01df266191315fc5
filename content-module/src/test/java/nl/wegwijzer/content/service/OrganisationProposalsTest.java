package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The areas a coordinator's proposal may name: the municipalities of their own regions, and for a
 * correction what the live profile names already; any other is refused.
 */
class OrganisationProposalsTest extends ContentDatabaseTest {

  private static final Set<String> ZEELAND = Set.of("zeeland");
  private static final String MIDDELBURG = "GM0687";
  private static final String BREDA = "GM0758";
  private static final String TILBURG = "GM0855";

  private static Map<String, String> inMunicipalities(String municipalities) {
    return profile("municipalities", municipalities);
  }

  /** A small profile with one service offered in {@code scope} ('regions', 'municipalities'). */
  static Map<String, String> profile(String scope, String area) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("name", "Inloophuis test");
    f.put("description", "<p>Opvang.</p>");
    f.put("service.1.name", "Inloop");
    f.put("service.1.description", "Zonder afspraak.");
    f.put("service.1.careNeed", "shelter");
    f.put("service.1.access", "direct");
    f.put("service.1.ageGroups", "adult");
    f.put("service.1.genders", "female");
    f.put("service.1.nationalities", "eu");
    f.put("service.1.forms", "labour");
    f.put("service.1.scope", scope);
    f.put("service.1." + scope, area);
    return f;
  }

  private static WorkflowException refused(String slug, Map<String, String> values) {
    return assertThrows(
        WorkflowException.class,
        () ->
            inContent(
                c -> c.proposals().propose(slug, values, null, "coordinator-zeeland", ZEELAND)));
  }

  @Test
  void aNewOrganisationNamesOnlyMunicipalitiesOfTheCoordinatorsRegions() {
    OrganisationProposals.Areas areas = inContent(c -> c.proposals().areasFor(null, ZEELAND));
    assertEquals(ZEELAND, areas.regions());
    assertEquals(13, areas.municipalities().size(), "the 13 municipalities of Zeeland");
    assertTrue(areas.municipalities().contains(MIDDELBURG));
    assertFalse(areas.municipalities().contains(BREDA));

    WorkflowException breda = refused("test-inloop", inMunicipalities(MIDDELBURG + ", " + BREDA));
    assertEquals(WorkflowException.Reason.NOT_YOUR_REGION, breda.reason());
    assertTrue(breda.getMessage().contains(BREDA), breda.getMessage());

    assertEquals(
        "in-review",
        inContent(
                c ->
                    c.proposals()
                        .propose(
                            "test-inloop",
                            inMunicipalities(MIDDELBURG),
                            null,
                            "coordinator-zeeland",
                            ZEELAND))
            .state());
  }

  @Test
  void aCorrectionKeepsWhatTheLiveProfileNamesButAddsNothingOutside() {
    inContent(
        c ->
            c.directory()
                .organisationService()
                .register(
                    Fixtures.organisation(
                        "test-grensloket",
                        "Grensloket",
                        "Zeeland en Breda",
                        Fixtures.service(
                            CareNeed.SHELTER,
                            Fixtures.EVERY_AGE,
                            Fixtures.EVERY_FORM,
                            Fixtures.municipalities(MIDDELBURG, BREDA))),
                    false));
    OrganisationProposals.Areas areas =
        inContent(c -> c.proposals().areasFor("test-grensloket", ZEELAND));
    assertTrue(areas.municipalities().contains(BREDA), "Breda is named already: it stays");
    assertFalse(areas.municipalities().contains(TILBURG));

    Map<String, String> live =
        new HashMap<>(inContent(c -> c.proposals().current("test-grensloket", ZEELAND)));
    String named = live.get("service.1.municipalities");
    assertTrue(named.contains(BREDA), named);

    Map<String, String> tilburg = new HashMap<>(live);
    tilburg.put("service.1.municipalities", named + ", " + TILBURG);
    assertEquals(
        WorkflowException.Reason.NOT_YOUR_REGION, refused("test-grensloket", tilburg).reason());

    live.put("name", "Grensloket Zeeland");
    assertEquals(
        "in-review",
        inContent(
                c ->
                    c.proposals()
                        .propose("test-grensloket", live, null, "coordinator-zeeland", ZEELAND))
            .state());
  }
}
