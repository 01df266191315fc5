package nl.wegwijzer.directory.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
