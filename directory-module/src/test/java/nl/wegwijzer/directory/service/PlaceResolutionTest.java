package nl.wegwijzer.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.model.PlaceMatch;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Places as people type them, against the real reference data: the golden table in {@code
 * places/golden-places.csv} (typed text, the day, the municipality's CBS code or 'unknown' or
 * 'ambiguous', and the former municipality's name when the answer must say where it went).
 */
class PlaceResolutionTest extends DirectoryDatabaseTest {

  private static final Path RESEARCH_ALIASES = Path.of("../docs/research/municipality-aliases.csv");

  private record Row(String typed, LocalDate day, String expected, String formerName) {}

  @BeforeEach
  void postcodes() {
    inDirectory(d -> d.postcodeImport().apply(new StringReader("PC4;Gemeente2024\n4331;0687\n")));
  }

  private static List<Row> golden() throws IOException {
    try (Reader reader =
        new InputStreamReader(
            Objects.requireNonNull(
                PlaceResolutionTest.class.getResourceAsStream("/places/golden-places.csv")),
            StandardCharsets.UTF_8)) {
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        rows.add(
            new Row(
                record.get("typed"),
                record.get("on").isEmpty()
                    ? LocalDate.now(AuditTrail.ZONE)
                    : LocalDate.parse(record.get("on")),
                record.get("expected"),
                record.get("former_name")));
      }
      return rows;
    }
  }

  /** What the one resolver answers: a CBS code, 'unknown' or 'ambiguous', and the former name. */
  private static String[] answer(String typed, LocalDate day) {
    try {
      PlaceMatch match = inDirectory(d -> d.places().place(typed, "place", day));
      return new String[] {
        match.municipality().cbsCode(), match.formerName().map(former -> former.name()).orElse("")
      };
    } catch (AmbiguousPlaceException e) {
      return new String[] {"ambiguous", ""};
    } catch (UnknownPlaceException e) {
      return new String[] {"unknown", ""};
    }
  }

  @Test
  void everyRowOfTheGoldenTableGetsItsAnswer() throws IOException {
    List<Row> rows = golden();
    assertTrue(rows.size() >= 60, "the golden table has " + rows.size() + " rows");
    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      String[] answer = answer(row.typed(), row.day());
      if (!answer[0].equals(row.expected()) || !answer[1].equals(row.formerName())) {
        wrong.add(
            "'%s' on %s: expected %s %s, got %s %s"
                .formatted(
                    row.typed(),
                    row.day(),
                    row.expected(),
                    row.formerName(),
                    answer[0],
                    answer[1]));
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theGoldenTableCoversEveryNameOfTheResearchNotes() throws IOException {
    Set<String> typed = golden().stream().map(Row::typed).collect(Collectors.toSet());
    try (Reader reader = Files.newBufferedReader(RESEARCH_ALIASES, StandardCharsets.UTF_8)) {
      List<String> missing = new ArrayList<>();
      int count = 0;
      for (CSVRecord record :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        count++;
        if (!typed.contains(record.get("alias"))) {
          missing.add(record.get("alias"));
        }
      }
      assertEquals(103, count);
      assertEquals(List.of(), missing);
    }
  }

  /** The database keys names as Java keys what is typed: the two must agree on every name. */
  @Test
  void theDatabaseKeysEveryNameAsTheResolverKeysWhatIsTyped() {
    List<String> disagreeing = new ArrayList<>();
    for (String sql :
        List.of(
            "select name, slug from directory.municipality",
            "select name, slug from directory.place_name")) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows = inDirectory(d -> d.em().createNativeQuery(sql).getResultList());
      for (Object[] row : rows) {
        if (!Slugs.from((String) row[0]).equals(row[1])) {
          disagreeing.add(row[0] + " -> " + row[1]);
        }
      }
    }
    assertEquals(List.of(), disagreeing);
  }

  /** The names offered for a typed name that fits none. */
  private static List<String> closest(String typed) {
    try {
      inDirectory(d -> d.places().place(typed, "place", LocalDate.now(AuditTrail.ZONE)));
      throw new AssertionError("'" + typed + "' was found");
    } catch (UnknownPlaceException e) {
      return e.closest();
    }
  }

  @Test
  void aTypoOffersTheClosestNamesIncludingOtherNames() {
    assertEquals("Utrecht", closest("Utrech").get(0));
    assertEquals("Amsterdam", closest("Amsterdm").get(0));
    assertEquals("Den Haag", closest("Den Hag").get(0), "a common name is offered too");
    assertTrue(closest("Groningn").contains("Groningen"));
    assertTrue(closest("Xqzwvk").isEmpty(), "nothing close: nothing offered");
    assertTrue(closest("Utrech").size() <= 5);
  }
}
