package nl.wegwijzer.casework.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wegwijzer.casework.model.CloseReason;
import nl.wegwijzer.casework.model.ResidenceStatus;
import nl.wegwijzer.casework.testing.CaseworkDatabaseTest;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.NotFoundException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ReportTest extends CaseworkDatabaseTest {

  private static final LocalDate FROM = TODAY.minusMonths(1);

  /** Dutch words as the screens' bundles give them (ReportTexts in the web module). */
  private static final ReportLabels DUTCH =
      new ReportLabels() {
        @Override
        public String national() {
          return "Nederland";
        }

        @Override
        public String total() {
          return "Totaal";
        }

        @Override
        public String dimension(Dimension dimension) {
          return dimension == Dimension.FORM ? "Vorm van uitbuiting" : "Indeling " + dimension;
        }

        @Override
        public String value(Dimension dimension, String code) {
          return "labour".equals(code) ? "Arbeidsuitbuiting" : "Waarde " + code;
        }
      };

  @Test
  void aRegionsFiguresCountRegisteredSignalsByEveryDimension() {
    String first =
        inCasework(c -> c.signals().register(ZEELAND, complete("Persoon", "Verhaal"))).reference();
    for (int i = 1; i < 6; i++) {
      int n = i;
      inCasework(c -> c.signals().register(ZEELAND, complete("Persoon " + n, "Verhaal " + n)));
    }
    Form minor = new Form("Kind", "Verhaal");
    minor.age = 15;
    minor.birthYear = null;
    String child = inCasework(c -> c.signals().save(ZEELAND, null, minor.build())).reference();
    String caseNumber = inCasework(c -> c.cases().open(ZEELAND, first)).number();
    inCasework(c -> c.cases().close(ZEELAND, caseNumber, CloseReason.RETURNED_HOME, null, TODAY));

    RegionFigures figures = inCasework(c -> c.reports().region(ZEELAND, "zeeland", FROM, TODAY));
    assertEquals(new Count(6, 6), figures.total(), "the draft " + child + " is not counted");
    assertEquals(new Count(6, 6), figures.count(Dimension.FORM, "labour"));
    assertEquals(Count.ZERO, figures.count(Dimension.FORM, "criminal"), "every value is listed");
    assertEquals(
        Dimension.FORM.valueCodes(), List.copyOf(figures.counts().get(Dimension.FORM).keySet()));
    assertEquals(new Count(6, 6), figures.count(Dimension.AGE_GROUP, "adult"));
    assertEquals(new Count(6, 6), figures.count(Dimension.NATIONALITY_GROUP, "eu"));
    assertEquals(new Count(5, 5), figures.count(Dimension.OUTCOME, "no-case"));
    assertEquals(new Count(1, 1), figures.count(Dimension.OUTCOME, "returned-home"));
    assertEquals(
        Count.ZERO, inCasework(c -> c.reports().region(ZEELAND, "zeeland", TODAY, TODAY)).total());
    assertThrows(
        NotFoundException.class,
        () -> inCasework(c -> c.reports().region(ZEELAND, "utrecht", FROM, TODAY)));
  }

  @Test
  void aCaseCountsAsOnePersonUnderEveryFormOfItsSignalsAndASignalWithoutACaseAsOne() {
    String adult =
        inCasework(c -> c.signals().register(ZEELAND, complete("Dana", "Kassen"))).reference();
    Form young = new Form("Dana", "Drugs");
    young.forms = Set.of(ExploitationForm.CRIMINAL);
    young.sector = null;
    young.birthYear = null;
    young.age = 17;
    young.nationality = "ma";
    young.residence = ResidenceStatus.RESIDENCE_PERMIT;
    String minor = inCasework(c -> c.signals().register(ZEELAND, young.build())).reference();
    String number = inCasework(c -> c.cases().open(ZEELAND, adult)).number();
    inCasework(c -> c.cases().link(ZEELAND, number, minor));
    inCasework(c -> c.signals().register(ZEELAND, complete("Eva", "Kassen")));

    RegionFigures figures = inCasework(c -> c.reports().region(ZEELAND, "zeeland", FROM, TODAY));
    assertEquals(new Count(2, 3), figures.total(), "the case is one person, Eva another");
    assertEquals(new Count(2, 2), figures.count(Dimension.FORM, "labour"));
    assertEquals(
        new Count(1, 1), figures.count(Dimension.FORM, "criminal"), "Dana under both forms");
    assertEquals(new Count(2, 3), figures.count(Dimension.REPORTER_TYPE, "labour-inspectorate"));
    assertEquals(
        new Count(1, 1),
        figures.count(Dimension.AGE_GROUP, "minor"),
        "a person one signal says may be 17 counts as a minor");
    assertEquals(new Count(1, 2), figures.count(Dimension.AGE_GROUP, "adult"));
    assertEquals(new Count(1, 2), figures.count(Dimension.NATIONALITY_GROUP, "eu"));
    assertEquals(new Count(0, 1), figures.count(Dimension.NATIONALITY_GROUP, "non-eu"));
    assertEquals(
        new Count(1, 0),
        figures.count(Dimension.NATIONALITY_GROUP, Dimension.UNKNOWN),
        "signals that disagree leave the person's nationality group unknown");
    assertEquals(new Count(1, 2), figures.count(Dimension.OUTCOME, "open"));
    assertEquals(new Count(1, 1), figures.count(Dimension.OUTCOME, "no-case"));
  }

  @Test
  void theNationalExportHasDutchLabelsBesideTheCodesAndHoldsNoPersonalData() throws IOException {
    for (int i = 0; i < 5; i++) {
      int n = i;
      inCasework(c -> c.signals().register(ZEELAND, complete("Anna " + n, "Kassen " + n)));
    }
    Form sexual = new Form("Bea", "Club");
    sexual.forms = Set.of(ExploitationForm.SEXUAL_DOMESTIC);
    sexual.sector = null;
    inCasework(c -> c.signals().register(ZEELAND, sexual.build()));

    String csv = inCasework(c -> c.reports().nationalCsv(FROM, TODAY, DUTCH));
    assertTrue(
        csv.startsWith(
            "regio_code,regio,indeling_code,indeling,waarde_code,waarde,personen,signalen\n"),
        csv);
    assertTrue(csv.contains("nederland,Nederland,total,Totaal,total,Totaal,6,6\n"), csv);
    assertFalse(csv.contains("nederland,Nederland,form"), "the country as totals only: " + csv);
    assertTrue(
        csv.contains("zeeland,Zeeland,form,Vorm van uitbuiting,labour,Arbeidsuitbuiting,"), csv);
    assertTrue(csv.contains(",sexual-domestic,Waarde sexual-domestic,x,x\n"), csv);
    assertTrue(csv.contains("utrecht,Utrecht,total,Totaal,total,Totaal,x,x\n"), csv);
    assertFalse(csv.contains("Anna") || csv.contains("Kassen") || csv.contains("WW-"), csv);
  }

  @Test
  void noHiddenCountOfTheNationalExportCanBeWorkedOutFromItsTotals() throws IOException {
    for (int i = 0; i < 6; i++) {
      int n = i;
      inCasework(c -> c.signals().register(ZEELAND, complete("Anna " + n, "Kassen " + n)));
    }
    for (int i = 0; i < 2; i++) {
      Form other = new Form("Bo " + i, "Kas");
      other.nationality = "ma";
      other.residence = ResidenceStatus.RESIDENCE_PERMIT;
      inCasework(c -> c.signals().register(ZEELAND, other.build()));
    }
    for (int i = 0; i < 5; i++) {
      Form utrecht = new Form("Cor " + i, "Bouw");
      utrecht.municipality = "Utrecht";
      inCasework(c -> c.signals().register(UTRECHT, utrecht.build()));
    }

    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(inCasework(c -> c.reports().nationalCsv(FROM, TODAY, DUTCH))))
            .getRecords();
    Map<String, Optional<Long>> published = new LinkedHashMap<>();
    for (CSVRecord r : records) {
      for (String measure : List.of("personen", "signalen")) {
        String shown = r.get(measure);
        published.put(
            r.get("regio_code")
                + "|"
                + r.get("indeling_code")
                + "|"
                + r.get("waarde_code")
                + "|"
                + measure,
            "x".equals(shown) ? Optional.empty() : Optional.of(Long.parseLong(shown)));
      }
    }
    assertEquals(
        Optional.empty(),
        published.get("zeeland|nationality-group|non-eu|personen"),
        "2 persons from outside the EU are hidden");
    assertEquals(
        Optional.of(13L), published.get("nederland|total|total|personen"), "the country's total");

    SubtractionAttack attack = new SubtractionAttack(published, sums(records));
    assertEquals(Map.of(), attack.recoveredByRanges(), "a hidden count was worked out");
  }

  /**
   * What a reader of the export knows adds up: the country's totals are the sums of the regions',
   * and a region's values add up to its total where everyone has one value (not under form, and for
   * persons not under reporter type either: a person can have several).
   */
  private static List<SubtractionAttack.Sum> sums(List<CSVRecord> records) {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (CSVRecord r : records) {
      String region = r.get("regio_code");
      String dimension = r.get("indeling_code");
      for (String measure : List.of("personen", "signalen")) {
        String cell = region + "|" + dimension + "|" + r.get("waarde_code") + "|" + measure;
        if (!region.equals("nederland") && dimension.equals("total")) {
          columns.computeIfAbsent("total|total|" + measure, k -> new ArrayList<>()).add(cell);
        }
        boolean addsUp =
            Set.of("age-group", "nationality-group", "outcome").contains(dimension)
                || (dimension.equals("reporter-type") && measure.equals("signalen"));
        if (addsUp) {
          rows.computeIfAbsent(region + "|" + dimension + "|" + measure, k -> new ArrayList<>())
              .add(cell);
        }
      }
    }
    List<SubtractionAttack.Sum> sums = new ArrayList<>();
    columns.forEach(
        (column, cells) -> sums.add(new SubtractionAttack.Sum("nederland|" + column, cells)));
    rows.forEach(
        (row, cells) -> {
          String[] parts = row.split("\\|");
          sums.add(new SubtractionAttack.Sum(parts[0] + "|total|total|" + parts[2], cells));
        });
    return sums;
  }
}
