package nl.wegwijzer.casework.testing;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.model.SignalStatus;
import nl.wegwijzer.casework.service.SignalQuery;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the casework with generated signals (seeded; pseudonyms and accounts really sealed) and
 * prints how fast the first pages of the lists are: a hand-run measurement, not a test. Run on a
 * database of its own, e.g. {@code WEGWIJZER_TEST_DB_URL=jdbc:postgresql://127.0.0.1:55433/bench
 * java -cp … nl.wegwijzer.casework.testing.SignalGenerator 1000000}.
 */
public final class SignalGenerator {

  private static final String[] STATUSES = {
    "REGISTERED", "REGISTERED", "REGISTERED", "RECEIVED", "DRAFT"
  };
  private static final String[] FORMS = {
    "SEXUAL_DOMESTIC",
    "SEXUAL_CROSS_BORDER",
    "LABOUR",
    "LABOUR",
    "CRIMINAL",
    "FORCED_BEGGING",
    "ORGAN",
    "OTHER"
  };
  private static final String[] REPORTERS = {
    "POLICE",
    "BORDER_POLICE",
    "LABOUR_INSPECTORATE",
    "CARE_ORGANISATION",
    "LAWYER",
    "SHELTER",
    "SELF",
    "OTHER"
  };
  private static final String[] GENDERS = {"FEMALE", "MALE", "X"};
  private static final String[] NATIONALITIES = {
    "NL", "RO", "BG", "PL", "NG", "UA", "VN", "CN", "ER", "SY", "MA", "HU", "IN", "BR", "UG"
  };

  private SignalGenerator() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    TestDatabase.open("casework-test", "directory", "content", "casework");
    try (Connection connection =
        DriverManager.getConnection(TestDatabase.URL, TestDatabase.USER, TestDatabase.PASSWORD)) {
      long existing = scalar(connection, "select count(*) from casework.signal");
      if (existing < count) {
        insert(connection, (int) existing, (int) (count - existing), CaseworkDatabaseTest.CIPHER);
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("analyze casework.signal");
        statement.execute("analyze casework.signal_form");
      }
      long zeeland = regionId(connection);
      String page = " order by s.created_at desc, s.id desc limit 20 offset 0";
      String region = "select s.id from casework.signal s where s.region_id in (" + zeeland + ")";
      explain(connection, region + page);
      explain(
          connection,
          "select count(*) from (select 1 from casework.signal s where s.region_id in ("
              + zeeland
              + ") limit 10001) counted");
      explain(connection, region + " and s.status = 'RECEIVED'" + page);
      explain(
          connection,
          region
              + " and exists (select 1 from casework.signal_form f where f.signal_id = s.id"
              + " and f.form = 'ORGAN') and s.reporter_type = 'SELF'"
              + page);
      explain(
          connection,
          region + " and s.intake_date >= '2025-01-01' and s.intake_date <= '2025-01-31'" + page);
    }
    time("no filter", SignalQuery.ALL);
    time("received", new SignalQuery(SignalStatus.RECEIVED, null, null, null, null));
    time(
        "organ + self",
        new SignalQuery(null, ExploitationForm.ORGAN, ReporterType.SELF, null, null));
    time(
        "January 2025",
        new SignalQuery(null, null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)));
  }

  /** The service's first page for coordinator-zeeland, with decryption and access log: median. */
  private static void time(String label, SignalQuery query) {
    List<Long> nanos = new ArrayList<>();
    long total = 0;
    for (int run = 0; run < 25; run++) {
      long began = System.nanoTime();
      total =
          TestDatabase.inTransaction(
              em ->
                  new CaseworkDatabaseTest.Casework(em)
                      .signals()
                      .list(CaseworkDatabaseTest.ZEELAND, query, PageRequest.first(20), "bench")
                      .totalItems());
      nanos.add(System.nanoTime() - began);
    }
    nanos.sort(Long::compare);
    System.out.printf(
        "first page, %-14s %,6d matching: median %.1f ms, slowest of 25 %.1f ms%n",
        label + ":", total, nanos.get(12) / 1e6, nanos.get(24) / 1e6);
  }

  /**
   * Adds {@code count} seeded signals numbered from {@code from} (references WW-G000-0000 up to
   * WW-G999-9999, so a second call with a higher {@code from} adds to the first), their pseudonyms
   * and accounts sealed with {@code cipher}, through COPY in chunks: a million take about a minute.
   * Answers the seconds it took.
   */
  public static double insert(Connection connection, int from, int count, FieldCipher cipher)
      throws Exception {
    List<Long> regions = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select id from directory.region order by id")) {
      while (rows.next()) {
        regions.add(rows.getLong(1));
      }
    }
    Random random = new Random(42L + from);
    Instant start = Instant.parse("2016-01-01T00:00:00Z");
    long span = Instant.parse("2026-03-01T00:00:00Z").getEpochSecond() - start.getEpochSecond();
    String copy =
        "copy casework.signal (reference, status, region_id, intake_date, channel,"
            + " reporter_type, pseudonym_sealed, account_sealed, birth_year, minor, gender,"
            + " nationality, consent, created_by, created_at, version) from stdin (format csv)";
    CopyManager copier = connection.unwrap(PGConnection.class).getCopyAPI();
    int chunk = 20_000;
    long began = System.nanoTime();
    for (int first = from; first < from + count; first += chunk) {
      int size = Math.min(chunk, from + count - first);
      int base = first;
      String[] rows = new String[size];
      Instant[] created = new Instant[size];
      for (int k = 0; k < size; k++) {
        int i = first + k;
        created[k] = start.plusSeconds((long) (random.nextDouble() * span));
        int birthYear = 1960 + random.nextInt(50);
        rows[k] =
            String.join(
                ",",
                String.format("WW-G%03d-%04d", i / 10_000, i % 10_000),
                STATUSES[random.nextInt(STATUSES.length)],
                String.valueOf(regions.get(random.nextInt(regions.size()))),
                LocalDate.ofInstant(created[k], java.time.ZoneOffset.UTC).toString(),
                "PHONE",
                REPORTERS[random.nextInt(REPORTERS.length)],
                "%s",
                "%s",
                String.valueOf(birthYear),
                String.valueOf(2026 - birthYear - 1 < 18),
                GENDERS[random.nextInt(GENDERS.length)],
                NATIONALITIES[random.nextInt(NATIONALITIES.length)],
                "GIVEN",
                "generator",
                created[k].toString(),
                "0");
      }
      // sealing (AES-GCM, a random IV each) is the costly part: on every core
      IntStream.range(0, size)
          .parallel()
          .forEach(
              k ->
                  rows[k] =
                      String.format(
                          rows[k],
                          cipher.seal("Persoon " + (base + k)).value(),
                          cipher.seal("Verhaal nummer " + (base + k)).value()));
      copier.copyIn(copy, new StringReader(String.join("\n", rows) + "\n"));
    }
    addForms(connection);
    double seconds = (System.nanoTime() - began) / 1e9;
    System.out.printf("inserted %,d signals in %.1f s%n", count, seconds);
    return seconds;
  }

  /**
   * One form for each generated signal without one, drawn from FORMS by a hash of its reference
   * (the ids step by 50), and criminal exploitation besides for about one in ten: a person can be
   * exploited in several forms at once.
   */
  private static void addForms(Connection connection) throws Exception {
    String forms = "array['" + String.join("', '", FORMS) + "']";
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "insert into casework.signal_form (signal_id, form)"
              + " select s.id, ("
              + forms
              + ")[1 + abs(hashtext(s.reference)) % "
              + FORMS.length
              + "] from casework.signal s where s.created_by = 'generator'"
              + " and not exists (select 1 from casework.signal_form f where f.signal_id = s.id)");
      statement.execute(
          "insert into casework.signal_form (signal_id, form)"
              + " select s.id, 'CRIMINAL' from casework.signal s where s.created_by = 'generator'"
              + " and abs(hashtext(s.reference || 'second')) % 10 = 0 on conflict do nothing");
    }
  }

  private static long regionId(Connection connection) throws Exception {
    return scalar(connection, "select id from directory.region where code = 'zeeland'");
  }

  private static long scalar(Connection connection, String sql) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void explain(Connection connection, String sql) throws Exception {
    System.out.println("\n== " + sql);
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("explain (analyze, buffers) " + sql)) {
      while (rows.next()) {
        System.out.println("   " + rows.getString(1));
      }
    }
  }
}
