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

  /** The person: born 1941, from Mongolia, in a beauty salon in Noord-Beveland, seeking asylum. */
  private static final Map<String, String> DISTINCTIVE =
      Map.of(
          "birth year", "1941",
          "gender", "FEMALE",
          "nationality", "MN",
          "municipality", "Noord-Beveland",
          "municipality's CBS code", "GM1695",
          "sector", "BEAUTY",
          "residence status", "ASYLUM_PROCEDURE",
          "interpreter's language", "mn",
          "start of the exploitation", EXPLOITED_FROM.toString(),
          "end of the exploitation", EXPLOITED_UNTIL.toString());

  @Test
  void aDumpOfTheCaseworkSchemaRevealsNoneOfAPersonsQuasiIdentifiers() throws Exception {
    Form form = new Form("Saran", "Werkt zeven dagen per week in een salon.");
    form.municipality = "Noord-Beveland";
    form.birthYear = 1941;
    form.nationality = "mn";
    form.sector = Sector.BEAUTY;
    form.residence = ResidenceStatus.ASYLUM_PROCEDURE;
    form.interpreterLanguage = "mn";
    String reference = inCasework(c -> c.signals().register(ZEELAND, form.build())).reference();
    inCasework(c -> c.cases().open(ZEELAND, reference));
    SignalView view = inCasework(c -> c.signals().read(ZEELAND, reference, "check"));
    assertEquals(1941, view.details().birthYear(), "what was registered is all there");
    assertEquals("Noord-Beveland", view.details().municipality());
    assertEquals("beauty", view.details().sector());
    assertEquals("mn", view.details().interpreterLanguage());
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
    assertEquals("NON_EU", signal.get("nationality_group"), "the group of Mongolia");
    assertEquals("f", signal.get("minor"));
    String person = CIPHER.open(new Sealed(signal.get("person_sealed")));
    assertTrue(person.contains("|1941|FEMALE|MN|GM1695|BEAUTY|"), "sealed: " + person);
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
