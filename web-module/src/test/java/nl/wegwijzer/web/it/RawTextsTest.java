package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the walk through the site counts as a screen text gone wrong, and what not. */
class RawTextsTest {

  @Test
  void aMissingKeyAndAnUnformattedDoubledApostropheAreFound() {
    List<String> found =
        RawTexts.in(
            "<td>???kindCode.organisation???</td><h2>Knelpunten in uw regio&#39;&#39;s</h2>"
                + "<img alt=\"???image.alt???\">");
    assertEquals(3, found.size(), found.toString());
    assertTrue(found.get(0).contains("???kindCode.organisation???"));
    assertTrue(found.get(1).contains("regio''s"));
  }

  @Test
  void scriptsStylesAndSingleApostrophesAreNoScreenText() {
    assertEquals(
        List.of(),
        RawTexts.in(
            "<script nonce=\"x\">var a = ''; if (a == '') {}</script><style>q::before{content:''}"
                + "</style><p>In uw regio's? Wat nu???</p><input value=\"\">"));
  }
}
