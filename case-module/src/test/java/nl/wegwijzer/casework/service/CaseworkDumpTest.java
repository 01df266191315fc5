package nl.wegwijzer.casework.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.wegwijzer.casework.model.ResidenceStatus;
import nl.wegwijzer.casework.model.Sealed;
import nl.wegwijzer.casework.model.Sector;
import nl.wegwijzer.casework.testing.CaseworkDatabaseTest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A dump of the casework schema (pg_dump, as someone who got hold of a backup would read it) after
 * registering a signal with values that single a person out: none of them can be read, and the
 * signal's row shows in clear only the columns that queries and reports need (issue 23 §8).
 */
class CaseworkDumpTest extends CaseworkDatabaseTest {

  /**
   * What a signal keeps in clear, each for a query or a report: its identity and state, the region
   * (lists, access, reports), the intake day (the period of lists and reports), channel and
   * reporter type (filters, reports), the minor flag and the nationality group (reports' age and
   * nationality groups, lists' minor column), interpreter and consent (the flags and the consent
   * gate), the national registration's state; and the sealed texts.
   */
  private static final Set<String> CLEAR_FOR_A_REASON =
      Set.of(
          "id",
          "reference",
          "status",
          "region_id",
          "case_id",
          "intake_date",
          "channel",
          "reporter_type",
          "minor",
          "nationality_group",
          "interpreter_needed",
          "consent",
          "consent_signed_by",
          "national_status",
          "national_status_on",
          "feedback_on",
          "created_by",
          "created_at",
          "registered_at",
          "anonymised_at",
          "version",
          "reporter_contact_sealed",
          "account_sealed",
          "pseudonym_sealed",
          "feedback_note_sealed",
          "person_sealed");

  /** The period of exploitation of every test signal (Form): not the intake day, kept in clear. */
  private static final LocalDate EXPLOITED_FROM = TODAY.minusMonths(6);

  private static final LocalDate EXPLOITED_UNTIL = TODAY.minusDays(3);

  /**
   * The person: born 1941, from Mongolia, speaks Mongolian and Kazakh, in a beauty salon in
   * Noord-Beveland, seeking asylum, with a brand mark and a scar after an operation.
   */
  private static final Map<String, String> DISTINCTIVE =
      Map.ofEntries(
          Map.entry("birth year", "1941"),
          Map.entry("gender", "FEMALE"),
          Map.entry("nationality", "MN"),
          Map.entry("municipality", "Noord-Beveland"),
          Map.entry("municipality's CBS code", "GM1695"),
          Map.entry("sector", "BEAUTY"),
          Map.entry("residence status", "ASYLUM_PROCEDURE"),
          Map.entry("interpreter's language", "mn"),
          Map.entry("language spoken", "kk"),
          Map.entry("indicator of a brand mark", "tatoeage-of-merkteken"),
          Map.entry("indicator of an organ removed", "litteken-na-donatie"),
          Map.entry("start of the exploitation", EXPLOITED_FROM.toString()),
          Map.entry("end of the exploitation", EXPLOITED_UNTIL.toString()));

  /**
   * The tables that may hold rows of a signal beside its own: its forms, which the reports count
   * per person. Languages and indicators, in tables of their own until casework V57, would list a
   * person's combination of codes there.
   */
  private static final Set<String> ROWS_OF_A_SIGNAL_FOR_A_REASON = Set.of("casework.signal_form");

  @Test
  void aDumpOfTheCaseworkSchemaRevealsNoneOfAPersonsQuasiIdentifiers() throws Exception {
    Form form = new Form("Saran", "Werkt zeven dagen per week in een salon.");
    form.municipality = "Noord-Beveland";
    form.birthYear = 1941;
    form.nationality = "mn";
    form.sector = Sector.BEAUTY;
    form.residence = ResidenceStatus.ASYLUM_PROCEDURE;
    form.interpreterLanguage = "mn";
    form.languages = List.of("mn", "kk");
    form.indicators = Set.of("tatoeage-of-merkteken", "litteken-na-donatie");
    String reference = inCasework(c -> c.signals().register(ZEELAND, form.build())).reference();
    inCasework(c -> c.cases().open(ZEELAND, reference));
    SignalView view = inCasework(c -> c.signals().read(ZEELAND, reference, "check"));
    assertEquals(1941, view.details().birthYear(), "what was registered is all there");
    assertEquals("Noord-Beveland", view.details().municipality());
    assertEquals("beauty", view.details().sector());
    assertEquals("mn", view.details().interpreterLanguage());
    assertEquals(List.of("kk", "mn"), view.details().languages());
    assertEquals(
        List.of("litteken-na-donatie", "tatoeage-of-merkteken"), view.details().indicators());
    assertEquals(
        view.version(),
        inCasework(c -> c.signals().read(ZEELAND, reference, "check")).version(),
        "reading the sealed details writes nothing back");

    String dump = dumpOfCasework();
    Map<String, List<Map<String, String>>> tables = tables(dump);
    for (Map.Entry<String, String> value : DISTINCTIVE.entrySet()) {
      for (Map.Entry<String, List<Map<String, String>>> table : tables.entrySet()) {
        for (Map<String, String> row : table.getValue()) {
          row.forEach(
              (column, field) ->
                  assertFalse(
                      field.equalsIgnoreCase(value.getValue()),
                      "the " + value.getKey() + " in clear in " + table.getKey() + "." + column));
        }
      }
      if (value.getValue().length() > 4) {
        assertFalse(
            dump.toLowerCase(Locale.ROOT).contains(value.getValue().toLowerCase(Locale.ROOT)),
            "the " + value.getKey() + " appears in the dump");
      }
    }

    Map<String, String> signal =
        tables.get("casework.signal").stream()
            .filter(row -> reference.equals(row.get("reference")))
            .findFirst()
            .orElseThrow();
    Set<String> inClear = new TreeSet<>();
    signal.forEach(
        (column, field) -> {
          if (!field.equals("\\N")) {
            inClear.add(column);
          }
        });
    inClear.removeAll(CLEAR_FOR_A_REASON);
    assertEquals(Set.of(), inClear, "columns in clear that no query or report needs");
    Set<String> holdingRows = new TreeSet<>();
    tables.forEach(
        (table, rows) -> {
          if (rows.stream().anyMatch(row -> signal.get("id").equals(row.get("signal_id")))) {
            holdingRows.add(table);
          }
        });
    holdingRows.removeAll(ROWS_OF_A_SIGNAL_FOR_A_REASON);
    assertEquals(Set.of(), holdingRows, "tables with rows of the signal that no report needs");
    assertEquals("NON_EU", signal.get("nationality_group"), "the group of Mongolia");
    assertEquals("f", signal.get("minor"));
    String person = CIPHER.open(new Sealed(signal.get("person_sealed")));
    assertTrue(person.contains("|1941|FEMALE|MN|GM1695|BEAUTY|"), "sealed: " + person);
    assertTrue(
        person.endsWith("|mn|kk,mn|litteken-na-donatie,tatoeage-of-merkteken"),
        "sealed: " + person);
  }

  /** {@code pg_dump --schema=casework} of the test database, as text. */
  private static String dumpOfCasework() throws IOException, InterruptedException {
    String bin = System.getenv().getOrDefault("WEGWIJZER_IT_PG_BIN", "/usr/lib/postgresql/15/bin");
    Path out = Files.createTempFile("casework-dump", ".sql");
    try {
      Process dump =
          new ProcessBuilder(
                  Path.of(bin, "pg_dump").toString(),
                  "--schema=casework",
                  "--no-owner",
                  "--file=" + out,
                  "--dbname="
                      + TestDatabase.URL
                          .replaceFirst("^jdbc:postgresql://", "postgresql://")
                          .replaceFirst(
                              "//", "//" + TestDatabase.USER + ":" + TestDatabase.PASSWORD + "@"))
              .redirectErrorStream(true)
              .start();
      String output = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, dump.waitFor(), "pg_dump: " + output);
      return Files.readString(out);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** The rows of every table in the dump's COPY blocks, column → field as dumped. */
  private static Map<String, List<Map<String, String>>> tables(String dump) {
    Map<String, List<Map<String, String>>> tables = new HashMap<>();
    String table = null;
    List<String> columns = List.of();
    for (String line : dump.split("\n")) {
      if (line.startsWith("COPY ")) {
        table = line.substring(5, line.indexOf(' ', 5));
        columns =
            List.of(
                line.substring(line.indexOf('(') + 1, line.indexOf(')'))
                    .replace(" ", "")
                    .split(","));
        tables.put(table, new ArrayList<>());
      } else if (line.equals("\\.")) {
        table = null;
      } else if (table != null) {
        String[] fields = line.split("\t", -1);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          row.put(columns.get(i), fields[i]);
        }
        tables.get(table).add(row);
      }
    }
    assertTrue(tables.containsKey("casework.signal"), "the dump has the signals");
    return tables;
  }
}
