package nl.wegwijzer.content.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.wegwijzer.content.model.DeadlineKind;
import nl.wegwijzer.content.model.Regulation;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * The golden table in {@code rules/golden-answers.csv} against the engine on the seed rules: per
 * profile and day, each regulation's verdict, reason and rule version.
 */
class RuleGoldenTableTest extends ContentDatabaseTest {

  private final EligibilityRules rules = new EligibilityRules();

  private record Row(
      int line,
      LocalDate on,
      VictimProfile profile,
      String regulation,
      String verdict,
      String reason,
      String version) {}

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    RuleGoldenTableTest.class.getResourceAsStream("/rules/golden-answers.csv")),
                StandardCharsets.UTF_8))) {
      String text;
      int line = 0;
      while ((text = in.readLine()) != null) {
        line++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        String[] cell = text.split(",", -1);
        rows.add(
            new Row(
                line,
                LocalDate.parse(cell[0]),
                VictimProfile.of(cell[1], cell[2], null, cell[3]),
                cell[4],
                cell[5],
                cell[6],
                cell[7].isEmpty() ? null : cell[7]));
      }
    }
    return rows;
  }

  @Test
  void theEngineAnswersAsTheGoldenTableSays() throws IOException {
    List<Row> rows = rows();
    assertTrue(rows.size() >= 30, "the table has its rows");
    List<String> wrong = new ArrayList<>();
    inContent(
        c -> {
          for (Row row : rows) {
            Regulation regulation = c.regulations().findBySlug(row.regulation()).orElseThrow();
            RuleAnswer answer = rules.answer(regulation, row.profile(), row.on());
            String got =
                answer.verdict().code() + " " + answer.reasonKey() + " " + answer.ruleVersion();
            String expected = row.verdict() + " " + row.reason() + " " + row.version();
            if (!got.equals(expected)) {
              wrong.add("line " + row.line() + ": expected " + expected + ", got " + got);
            }
          }
          return null;
        });
    assertEquals(List.of(), wrong);
  }

  @Test
  void aDayBeforeANewVersionUsesTheOldOne() {
    inContent(
        c -> {
          Regulation reflection = c.regulations().findBySlug("bedenktijd").orElseThrow();
          VictimProfile profile = VictimProfile.of("adult", "non-eu", null, "no");
          RuleAnswer before = rules.answer(reflection, profile, LocalDate.of(2023, 5, 18));
          RuleAnswer from = rules.answer(reflection, profile, LocalDate.of(2023, 5, 19));
          assertEquals("B8/3-2019", before.ruleVersion());
          assertEquals(LocalDate.of(2023, 5, 18), before.validUntil());
          assertEquals(Period.ofMonths(3), before.reflectionPeriod(true).orElseThrow());
          assertEquals("B8/3-2023", from.ruleVersion());
          assertEquals(Period.ofDays(30), from.reflectionPeriod(true).orElseThrow());
          assertEquals(Period.ofMonths(3), from.reflectionPeriod(false).orElseThrow());
          assertTrue(before.legalBasis().contains("B8/3"));
          RuleAnswer b9 = rules.answer(reflection, profile, LocalDate.of(2015, 1, 1));
          assertEquals("B9-2011", b9.ruleVersion());
          assertTrue(b9.legalBasis().contains("B9"));
          assertEquals(
              Period.ofYears(1),
              c.regulations()
                  .findBySlug("verblijfsvergunning-slachtoffer-mensenhandel")
                  .orElseThrow()
                  .ruleOn(LocalDate.of(2026, 12, 1))
                  .orElseThrow()
                  .deadline(DeadlineKind.REVIEW)
                  .orElseThrow());
          return null;
        });
  }
}
