package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.wegwijzer.content.model.Step;
import nl.wegwijzer.content.service.InformationViews.PageView;
import nl.wegwijzer.content.service.InformationViews.ThemeView;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.PageRequest;
import org.junit.jupiter.api.Test;

/** The seed content as the public guide answers it, from PostgreSQL. */
class GuideContentTest extends ContentDatabaseTest {

  @Test
  void theFourPhasesComeInTheirFixedOrderWithTheirSteps() {
    List<PhaseView> phases = inContent(c -> c.guide().phases());
    assertEquals(
        List.of("signaleren", "beschermen", "strafrechtelijk-proces", "compensatie"),
        phases.stream().map(PhaseView::slug).toList());
    assertTrue(phases.stream().allMatch(p -> !p.steps().isEmpty()));
    assertEquals(
        List.of(
            "veiligheid",
            "verblijf",
            "opvang",
            "medische-en-psychische-zorg",
            "juridische-hulp",
            "tolk"),
        phases.get(1).steps().stream().map(StepSummary::slug).toList());
    assertEquals(
        List.of(
            "informatief-gesprek-met-de-politie",
            "aangifte",
            "opsporingsonderzoek",
            "vervolging",
            "veroordeling",
            "sepot-of-vrijspraak"),
        inContent(c -> c.guide().phase("strafrechtelijk-proces")).steps().stream()
            .map(StepSummary::slug)
            .toList());
    assertEquals(
        List.of(
            "benadeelde-partij-in-het-strafproces",
            "civiele-vordering",
            "schadefonds-geweldsmisdrijven"),
        phases.get(3).steps().stream().map(StepSummary::slug).toList());
    assertThrows(NotFoundException.class, () -> inContent(c -> c.guide().phase("onbekend")));
  }

  @Test
  void aStepHasItsRegulationsCareNeedsAndNeighbours() {
    StepView residence = inContent(c -> c.guide().step("verblijf"));
    assertEquals("beschermen", residence.phase());
    assertTrue(residence.body().startsWith("<p>"));
    List<String> regulations = residence.regulations().stream().map(RegulationView::slug).toList();
    assertEquals("bedenktijd", regulations.get(0));
    assertTrue(regulations.contains("verblijfsvergunning-slachtoffer-mensenhandel"));
    assertTrue(residence.careNeeds().contains("residence-advice"));
    assertEquals("veiligheid", residence.previous().slug());
    assertEquals("opvang", residence.next().slug());

    RegulationView reflection = residence.regulations().get(0);
    assertEquals(2, reflection.conditions().size());
    assertEquals(List.of("non-eu"), reflection.conditions().get(0).allowed());
    assertEquals("nationality", reflection.conditions().get(0).question());

    assertNull(inContent(c -> c.guide().step("herkennen-en-melden")).previous());
    assertNull(inContent(c -> c.guide().step("schadefonds-geweldsmisdrijven")).next());
    assertEquals(
        "tolk",
        inContent(c -> c.guide().step("informatief-gesprek-met-de-politie")).previous().slug());
  }

  @Test
  void theSeedContentIsComplete() {
    assertTrue(inContent(c -> c.guide().regulations()).size() >= 12);
    List<ThemeView> indicators = inContent(c -> c.information().indicatorList());
    assertTrue(indicators.size() >= 4);
    assertTrue(indicators.stream().allMatch(t -> !t.indicators().isEmpty()));
    assertTrue(
        indicators.stream()
            .flatMap(t -> t.indicators().stream())
            .anyMatch(i -> i.forms().equals(List.of("labour"))));
    assertEquals(4, inContent(c -> c.information().exploitationForms()).size());
    assertTrue(
        inContent(c -> c.information().stories()).stream()
            .allMatch(s -> s.example() && s.title().startsWith("Voorbeeld")));
    var news = inContent(c -> c.information().news(PageRequest.first(10)));
    assertTrue(news.totalItems() >= 2);
    assertTrue(
        news.items().stream().allMatch(n -> n.example() && n.title().startsWith("Voorbeeld")));
    assertFalse(
        news.items().get(0).publishedOn().isBefore(news.items().get(1).publishedOn()),
        "newest first");
    assertTrue(inContent(c -> c.information().faq()).size() >= 5);
    for (String audience : List.of("victims", "citizens", "professionals", "about")) {
      assertFalse(inContent(c -> c.information().pagesFor(audience)).isEmpty(), audience);
    }
    PageView about = inContent(c -> c.information().page("over-deze-wegwijzer"));
    assertTrue(about.body().contains("gecontroleerd"), "the editors must check the content");
  }

  @Test
  void onlyPublishedItemsArePublic() {
    inContent(
        c -> {
          Step draft =
              new Step(
                  c.phases().findBySlug("signaleren").orElseThrow(),
                  99,
                  "test-concept",
                  "Concept",
                  "Nog niet klaar",
                  "<p>Concepttekst over signaleren</p>");
          draft.linkRegulations(List.of(c.regulations().findBySlug("bedenktijd").orElseThrow()));
          return c.steps().add(draft);
        });
    assertFalse(stepSlugs().contains("test-concept"));
    assertThrows(NotFoundException.class, () -> inContent(c -> c.guide().step("test-concept")));
    assertTrue(
        inContent(c -> c.search().search("concepttekst", PageRequest.first(20))).items().isEmpty());

    inContent(
        c -> {
          c.steps().findBySlug("test-concept").orElseThrow().publish();
          return null;
        });
    assertTrue(stepSlugs().contains("test-concept"));
    assertEquals("Concept", inContent(c -> c.guide().step("test-concept")).title());

    inContent(
        c -> {
          c.regulations().findBySlug("terugkeer").orElseThrow().archive();
          return null;
        });
    try {
      assertFalse(
          inContent(c -> c.guide().regulations()).stream()
              .anyMatch(r -> r.slug().equals("terugkeer")));
      assertFalse(
          inContent(c -> c.guide().step("verblijf")).regulations().stream()
              .anyMatch(r -> r.slug().equals("terugkeer")));
      assertThrows(
          NotFoundException.class, () -> inContent(c -> c.guide().regulation("terugkeer")));
    } finally {
      inContent(
          c -> {
            c.regulations().findBySlug("terugkeer").orElseThrow().publish();
            return null;
          });
    }
  }

  private static List<String> stepSlugs() {
    return inContent(c -> c.guide().phases()).stream()
        .flatMap(p -> p.steps().stream())
        .map(StepSummary::slug)
        .toList();
  }
}
