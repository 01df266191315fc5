package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The guide in English where a translation exists, in Dutch with a notice where it does not. */
class EnglishContentTest extends ContentDatabaseTest {

  private static ReadingLanguage english() {
    ReadingLanguage reading = new ReadingLanguage();
    reading.readInEnglish(true);
    return reading;
  }

  @Test
  void anEnglishReaderGetsTheEnglishPhasesAndSteps() {
    PhaseView phase =
        inContent(
            c -> {
              GuideService guide = c.guide();
              guide.reading = english();
              return guide.phase("signaleren");
            });
    assertEquals("Recognising and reporting", phase.title());

    StepView step =
        inContent(
            c -> {
              GuideService guide = c.guide();
              guide.reading = english();
              return guide.step("herkennen-en-melden");
            });
    assertFalse(step.inDutchOnly());
    assertTrue(step.body().contains("call <strong>112</strong>"), step.body());
    assertEquals("Recognising and reporting", step.phaseTitle());
  }

  @Test
  void aDutchReaderKeepsTheDutch() {
    StepView step = inContent(c -> c.guide().step("herkennen-en-melden"));
    assertFalse(step.inDutchOnly());
    assertTrue(step.body().contains("bel <strong>112</strong>"), step.body());
  }

  @Test
  void whereTheEnglishIsMissingTheDutchShowsAndThePageSaysSo() {
    String dutchTitle = inContent(c -> c.information().story("voorbeeld-de-vriend").title());
    String englishTitle =
        TestDatabase.inTransaction(
            em ->
                (String)
                    em.createNativeQuery(
                            "select title_en from content.story where slug = 'voorbeeld-de-vriend'")
                        .getSingleResult());
    setStoryEnglish(null);
    try {
      InformationViews.StoryView story =
          inContent(
              c -> {
                InformationService information = c.information();
                information.reading = english();
                return information.story("voorbeeld-de-vriend");
              });
      assertTrue(story.inDutchOnly());
      assertEquals(dutchTitle, story.title());
    } finally {
      setStoryEnglish(englishTitle);
    }
  }

  private static void setStoryEnglish(String title) {
    TestDatabase.inTransaction(
        em ->
            em.createNativeQuery(
                    "update content.story set title_en = ?1 where slug = 'voorbeeld-de-vriend'")
                .setParameter(1, title)
                .executeUpdate());
  }
}
