package nl.wegwijzer.content.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import nl.wegwijzer.directory.support.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A regulation's rule versions: a change of the law is a new dated version, not an edit. */
class RuleVersionTest {

  private static RuleDraft draft(String label, LocalDate from, String basis, String reflection) {
    return new RuleDraft(
        label,
        from,
        basis,
        null,
        null,
        LocalDate.of(2026, 12, 7),
        Map.of(ConditionKind.NATIONALITY_GROUP, Set.of("non-eu")),
        reflection == null ? Map.of() : Map.of(DeadlineKind.REFLECTION_PERIOD, reflection));
  }

  private static Regulation regulation() {
    return Regulation.withRule(
        "test-bedenktijd",
        "Bedenktijd",
        "Samenvatting",
        "<p>Tekst</p>",
        draft("old", LocalDate.of(2011, 12, 1), "B9", "P3M"));
  }

  @Test
  void aNewLabelStartsAVersionAndEndsThePreviousTheDayBefore() {
    Regulation regulation = regulation();
    regulation.adoptRule(draft("new", LocalDate.of(2019, 8, 1), "B8/3", "P3M"));
    assertEquals(2, regulation.versions().size());
    assertEquals(LocalDate.of(2019, 7, 31), regulation.versions().get(0).validUntil());
    assertNull(regulation.latestRule().validUntil());
    assertEquals("old", regulation.ruleOn(LocalDate.of(2019, 7, 31)).orElseThrow().label());
    assertEquals("new", regulation.ruleOn(LocalDate.of(2019, 8, 1)).orElseThrow().label());
    assertTrue(regulation.ruleOn(LocalDate.of(2011, 11, 30)).isEmpty());
    assertEquals("B9", regulation.versions().get(0).legalBasis(), "the old version is kept");
  }

  @Test
  void theSameLabelCorrectsThatVersion() {
    Regulation regulation = regulation();
    regulation.adoptRule(draft("old", LocalDate.of(2011, 12, 1), "B9 (corrected)", "P90D"));
    assertEquals(1, regulation.versions().size());
    assertEquals("B9 (corrected)", regulation.latestRule().legalBasis());
    assertEquals(
        Period.ofDays(90),
        regulation.latestRule().deadline(DeadlineKind.REFLECTION_PERIOD).orElseThrow());
  }

  @Test
  void aNewVersionCannotStartBeforeTheLatestNorSetANonsensePeriod() {
    Regulation regulation = regulation();
    assertEquals(
        "ruleValidFrom",
        assertThrows(
                InvalidInputException.class,
                () -> regulation.adoptRule(draft("x", LocalDate.of(2010, 1, 1), "B9", "P3M")))
            .field());
    assertEquals(
        "deadlineReflectionPeriod",
        assertThrows(
                InvalidInputException.class,
                () ->
                    regulation.adoptRule(draft("y", LocalDate.of(2020, 1, 1), "B8/3", "3 months")))
            .field());
    assertEquals(1, regulation.versions().size(), "a refused draft adds no version");
    assertNull(regulation.latestRule().validUntil(), "and ends none");
    assertEquals(
        "ruleVersion",
        assertThrows(
                InvalidInputException.class,
                () -> regulation.adoptRule(draft("two words", LocalDate.of(2020, 1, 1), "B", null)))
            .field());
  }
}
