package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wegwijzer.content.model.DeadlineKind;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Regulation;
import nl.wegwijzer.content.rules.EligibilityRules;
import nl.wegwijzer.content.rules.RuleAnswer;
import nl.wegwijzer.content.rules.VictimProfile;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * Editors maintain a regulation's rule through the four-eyes workflow: a new label adds a dated
 * version and keeps the old one for earlier days.
 */
class RuleEditingTest extends ContentDatabaseTest {

  private static Map<String, String> rule(String version, String from, String basis) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "Testregeling");
    fields.put("summary", "Een regeling om het bewerken van regels te testen.");
    fields.put("body", "<p>Tekst.</p>");
    fields.put("ruleVersion", version);
    fields.put("ruleValidFrom", from);
    fields.put("legalBasis", basis);
    fields.put("conditionNationality", "non-eu");
    fields.put("deadlineReflectionPeriod", "P3M");
    return fields;
  }

  /** Written by editor-a (a new item, or the next version of it), approved by editor-b. */
  private static void publish(Map<String, String> fields, boolean first) {
    RevisionView draft =
        inContent(
            c ->
                first
                    ? c.editorial()
                        .create(EditorialKind.REGULATION, "test-regel", fields, "editor-a")
                    : c.editorial()
                        .save(
                            EditorialKind.REGULATION,
                            "test-regel",
                            null,
                            null,
                            fields,
                            "editor-a"));
    RevisionView inReview =
        inContent(c -> c.editorial().submit(draft.id(), draft.version(), "editor-a"));
    inContent(
        c -> c.editorial().approve(inReview.id(), inReview.version(), "editor-b", Instant.now()));
  }

  @Test
  void aNewRuleVersionFromTheWorkflowKeepsTheOldOneForEarlierDays() {
    publish(rule("v1", "2020-01-01", "Wet A"), true);
    Map<String, String> second = rule("v2", "2024-01-01", "Wet B");
    second.put("ruleCheckedOn", "2026-12-07");
    second.put("deadlineReflectionPeriodDublin", "P30D");
    publish(second, false);

    EligibilityRules rules = new EligibilityRules();
    VictimProfile profile = VictimProfile.of(null, "non-eu", null, null);
    inContent(
        c -> {
          Regulation regulation = c.regulations().findBySlug("test-regel").orElseThrow();
          assertEquals(2, regulation.versions().size());
          RuleAnswer old = rules.answer(regulation, profile, LocalDate.of(2023, 12, 31));
          assertEquals("v1", old.ruleVersion());
          assertEquals("Wet A", old.legalBasis());
          assertNull(old.checkedOn());
          assertEquals(Period.ofMonths(3), old.reflectionPeriod(true).orElseThrow());
          RuleAnswer now = rules.answer(regulation, profile, LocalDate.of(2024, 1, 1));
          assertEquals("v2", now.ruleVersion());
          assertEquals(LocalDate.of(2026, 12, 7), now.checkedOn());
          assertEquals(Period.ofDays(30), now.reflectionPeriod(true).orElseThrow());
          assertEquals(
              Period.ofMonths(3),
              regulation.latestRule().deadline(DeadlineKind.REFLECTION_PERIOD).orElseThrow());
          return null;
        });
    RegulationView page = inContent(c -> c.guide().regulation("test-regel"));
    assertEquals("v2", page.ruleVersion());
    assertEquals("Wet B", page.legalBasis());
    assertEquals(LocalDate.of(2026, 12, 7), page.checkedOn());
  }
}
