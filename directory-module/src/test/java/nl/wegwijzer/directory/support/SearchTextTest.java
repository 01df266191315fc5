package nl.wegwijzer.directory.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void wordsBecomePrefixTermsJoinedByAnd() {
    assertEquals("opvang:* & zeeland:*", SearchText.of("Opvang Zeeland").tsQuery());
  }

  @Test
  void queryOperatorsAndPunctuationCannotReachPostgres() {
    assertEquals("a:* & b:* & c:*", SearchText.of("a & b | !c:*'").tsQuery());
    assertTrue(SearchText.of("'); drop table x; --").tsQuery().matches("[\\p{L}\\p{N}:* &]*"));
  }

  @Test
  void blankTextIsNoSearch() {
    assertTrue(SearchText.of("  ").isEmpty());
    assertTrue(SearchText.of("!!!").isEmpty());
    assertTrue(SearchText.of(null).isEmpty());
  }

  @Test
  void longInputIsBounded() {
    String many = "woord ".repeat(50) + "x".repeat(500);
    SearchText text = SearchText.of(many + " een twee drie vier vijf zes zeven acht negen");
    assertTrue(text.tsQuery().split(" & ").length <= 8);
  }

  private static final Synonyms SYNONYMS =
      Synonyms.of(
          Map.of(
              "loverboy", List.of("pooierboy", "seksuele uitbuiting"),
              "uitbuiting in de bouw", List.of("arbeidsuitbuiting"),
              "B9", List.of("B8/3"),
              "uitbuiting", List.of("exploitation")));

  @Test
  void aTermAlsoMatchesEachOfItsMeanings() {
    assertEquals(
        "(loverboy:* | pooierboy:* | seksuele:* & uitbuiting:*) & utrecht:*",
        SearchText.of("Loverboy Utrecht", SYNONYMS).tsQuery());
  }

  @Test
  void theLongestTermInARowWins() {
    assertEquals(
        "hulp:* & (uitbuiting:* & in:* & de:* & bouw:* | arbeidsuitbuiting:*)",
        SearchText.of("hulp uitbuiting in de bouw", SYNONYMS).tsQuery());
    assertEquals(
        "(uitbuiting:* | exploitation:*) & bouw:*",
        SearchText.of("uitbuiting bouw", SYNONYMS).tsQuery());
  }

  @Test
  void aSlashBetweenLettersOrDigitsStaysInTheWord() {
    assertEquals("(b9:* | b8/3:*)", SearchText.of("B9", SYNONYMS).tsQuery());
    assertEquals("hoofdstuk:* & b8/3:*", SearchText.of("hoofdstuk/ B8/3").tsQuery());
  }

  @Test
  void withoutSynonymsTheTextIsUnchanged() {
    assertEquals("loverboy:*", SearchText.of("loverboy").tsQuery());
  }
}
