package nl.wegwijzer.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The casework screens' texts, arguments included, are in the language the reader chose. */
class CaseworkTextsTest {

  @Test
  void anEnglishPageFormatsItsNumbersInEnglish() {
    try (FacesRequest request = FacesRequest.in(Language.ENGLISH, Map.of())) {
      assertEquals("1,234 cases", CaseworkTexts.text("cases.count", 1234));
    }
  }

  @Test
  void aDutchPageFormatsItsNumbersInDutch() {
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of())) {
      assertEquals("1.234 zaken", CaseworkTexts.text("cases.count", 1234));
    }
  }
}
