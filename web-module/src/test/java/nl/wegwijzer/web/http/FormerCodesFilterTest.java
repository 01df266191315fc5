package nl.wegwijzer.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The URL a page with a former form code is redirected to. */
class FormerCodesFilterTest {

  @Test
  void aFormerFormCodeBecomesTheCodeThatTookItOver() {
    assertEquals(
        Optional.of("leeftijd=adult&vorm=sexual-domestic&gemeente=Den%20Haag"),
        FormerCodesFilter.currentQuery("leeftijd=adult&vorm=sexual&gemeente=Den%20Haag"));
    assertEquals(
        Optional.of("need=shelter&form=sexual-domestic"),
        FormerCodesFilter.currentQuery("need=shelter&form=SEXUAL"));
  }

  @Test
  void currentCodesAndOtherParametersStayAsTheyAre() {
    assertEquals(Optional.empty(), FormerCodesFilter.currentQuery("vorm=sexual-domestic"));
    assertEquals(Optional.empty(), FormerCodesFilter.currentQuery("vorm=labour&vorm"));
    assertEquals(Optional.empty(), FormerCodesFilter.currentQuery("q=sexual"));
    assertEquals(Optional.empty(), FormerCodesFilter.currentQuery("vorm=onbekend"));
    assertEquals(Optional.empty(), FormerCodesFilter.currentQuery(null));
  }
}
