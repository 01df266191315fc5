package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The judge of the English site: Dutch text is found, names and marked Dutch are not. */
class DutchBlocksTest {

  @Test
  void aDutchSentenceIsDutchAndAnEnglishOneIsNot() {
    assertTrue(
        DutchBlocks.isDutch(
            "Advocatencollectief Binnenduin richt zich op slachtofferrecht en vreemdelingenrecht."));
    assertTrue(
        DutchBlocks.isDutch(
            "Juridische begeleiding bij aangifte, strafproces en schadevergoeding."));
    assertFalse(
        DutchBlocks.isDutch(
            "Legal support with the police report, the criminal case and compensation."));
  }

  @Test
  void namesBracketsAndShortStringsAreNotJudged() {
    assertEquals(
        "compensation through the fund",
        DutchBlocks.judgedWords(
            "Compensation through the Schadefonds Geweldsmisdrijven (Violent Offences Fund) fund"));
    assertFalse(
        DutchBlocks.isDutch(
            "The reflection period is in the Vreemdelingencirculaire B8/3 (Aliens Circular), chapter"
                + " on victims of Human Trafficking, and the Dutch term is bedenktijd."));
    assertFalse(
        DutchBlocks.isDutch(
            "Legal basis: Youth Act (Jeugdwet); Act on the compulsory reporting code for domestic"
                + " violence and child abuse (Wet verplichte meldcode huiselijk geweld en"
                + " kindermishandeling)."),
        "a Dutch name in brackets after its English gloss");
    assertTrue(
        DutchBlocks.isDutch(
            "Legal basis: Jeugdwet; Wet verplichte meldcode huiselijk geweld en kindermishandeling"),
        "the Dutch name alone");
    assertFalse(DutchBlocks.isDutch("Opvang voor vrouwen"), "too short to judge");
    assertFalse(DutchBlocks.isDutch("Kantoor Haarlem, Schetsstraat 20, 2031 RV Haarlem"));
  }

  @Test
  void onlyUnmarkedDutchBlocksAreFound() {
    String dutch =
        "De advocaten begeleiden slachtoffers van mensenhandel tot het einde van hun zaak.";
    String html =
        "<html lang=\"en\"><body>"
            + "<p>The lawyers help victims of trafficking until their case is closed.</p>"
            + "<div lang=\"nl\"><p>"
            + dutch
            + "</p></div>"
            + "<p>In Dutch: <span lang=\"nl\">"
            + dutch
            + "</span></p>"
            + "<ul><li>"
            + dutch
            + "<ul><li>An English item with enough words to judge.</li></ul></li></ul>"
            + "</body></html>";
    List<DutchBlocks.Finding> findings = DutchBlocks.in("/x", html);
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("li", findings.get(0).tag());
    assertEquals(dutch, findings.get(0).text());
  }
}
