package nl.wegwijzer.casework.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.wegwijzer.casework.model.CloseReason;
import nl.wegwijzer.casework.testing.CaseworkDatabaseTest;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.NotFoundException;
import org.junit.jupiter.api.Test;

class ReportTest extends CaseworkDatabaseTest {

  private static final LocalDate FROM = TODAY.minusMonths(1);

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
    assertEquals(6, figures.total(), "the draft " + child + " is not counted");
    assertEquals(Map.of("labour", 6L), figures.counts().get(Dimension.FORM));
    assertEquals(Map.of("adult", 6L), figures.counts().get(Dimension.AGE_GROUP));
    assertEquals(Map.of("eu", 6L), figures.counts().get(Dimension.NATIONALITY_GROUP));
    assertEquals(
        Map.of("no-case", 5L, "returned-home", 1L), figures.counts().get(Dimension.OUTCOME));
    assertEquals(0, inCasework(c -> c.reports().region(ZEELAND, "zeeland", TODAY, TODAY)).total());
    assertThrows(
        NotFoundException.class,
        () -> inCasework(c -> c.reports().region(ZEELAND, "utrecht", FROM, TODAY)));
  }

  @Test
  void aPersonExploitedInTwoFormsCountsUnderBothAndOnceInTheTotal() {
    Form twoForms = new Form("Dana", "Werk en drugs");
    twoForms.forms = Set.of(ExploitationForm.LABOUR, ExploitationForm.CRIMINAL);
    inCasework(c -> c.signals().register(ZEELAND, twoForms.build()));
    inCasework(c -> c.signals().register(ZEELAND, complete("Eva", "Kassen")));

    RegionFigures figures = inCasework(c -> c.reports().region(ZEELAND, "zeeland", FROM, TODAY));
    assertEquals(2, figures.total(), "two persons");
    assertEquals(
        Map.of("labour", 2L, "criminal", 1L),
        figures.counts().get(Dimension.FORM),
        "the first person under both forms");
    assertEquals(Map.of("adult", 2L), figures.counts().get(Dimension.AGE_GROUP), "once each");
    String csv = inCasework(c -> c.reports().nationalCsv(FROM, TODAY));
    assertTrue(csv.contains("zeeland,total,persons,<5\n"), csv);
  }

  @Test
  void theNationalExportSuppressesSmallCountsAndHoldsNoPersonalData() {
    for (int i = 0; i < 5; i++) {
      int n = i;
      inCasework(c -> c.signals().register(ZEELAND, complete("Anna " + n, "Kassen " + n)));
    }
    Form sexual = new Form("Bea", "Club");
    sexual.forms = Set.of(ExploitationForm.SEXUAL_DOMESTIC);
    sexual.sector = null;
    inCasework(c -> c.signals().register(ZEELAND, sexual.build()));

    String csv = inCasework(c -> c.reports().nationalCsv(FROM, TODAY));
    assertTrue(csv.startsWith("region,dimension,value,count\n"), csv);
    assertTrue(csv.contains("zeeland,total,persons,6\n"), csv);
    assertTrue(csv.contains("zeeland,form,labour,5\n"), csv);
    assertTrue(csv.contains("zeeland,form,sexual-domestic,<5\n"), csv);
    assertTrue(csv.contains("zeeland,nationality-group,eu,6\n"), csv);
    assertFalse(csv.contains("Anna") || csv.contains("Kassen") || csv.contains("WW-"), csv);
  }
}
