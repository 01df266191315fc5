package nl.wegwijzer.web.coordinatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import nl.wegwijzer.casework.report.Dimension;
import nl.wegwijzer.web.shared.FacesRequest;
import nl.wegwijzer.web.shared.Language;
import org.junit.jupiter.api.Test;

/** The national CSV names every dimension and value in Dutch beside its code. */
class ReportTextsTest {

  @Test
  void everyValueOfEveryDimensionHasADutchName() {
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of())) {
      check(ReportTexts.INSTANCE);
    }
  }

  private static void check(ReportTexts texts) {
    for (Dimension dimension : Dimension.values()) {
      assertNotEquals(dimension.code(), texts.dimension(dimension));
      for (String code : dimension.valueCodes()) {
        assertNotEquals(code, texts.value(dimension, code), dimension + " " + code);
      }
    }
    assertEquals("Arbeidsuitbuiting", texts.value(Dimension.FORM, "labour"));
    assertEquals("Minderjarig", texts.value(Dimension.AGE_GROUP, "minor"));
    assertEquals(
        "Teruggekeerd naar land van herkomst", texts.value(Dimension.OUTCOME, "returned-home"));
    assertEquals("Nederland", texts.national());
    assertEquals("Totaal", texts.total());
  }
}
