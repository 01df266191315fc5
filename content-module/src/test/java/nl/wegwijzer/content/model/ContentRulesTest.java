package nl.wegwijzer.content.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import nl.wegwijzer.directory.support.HtmlText;
import nl.wegwijzer.directory.support.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules the content's entities and values guard, without a database. */
class ContentRulesTest {

  static final byte[] PDF =
      "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void bodiesAreCleanedToSimpleHtml() {
    assertEquals(
        "<p>Hallo <strong>wereld</strong></p>",
        SimpleHtml.sanitise("<p class=\"x\" onclick=\"evil()\">Hallo <strong>wereld</strong></p>"));
    assertEquals("<p>tekst</p>", SimpleHtml.sanitise("<p>tekst<script>alert(1)</script></p>"));
    assertEquals("<p>open</p>", SimpleHtml.sanitise("<p>open"));
    assertEquals("a &lt; b &amp; c &amp; d", SimpleHtml.sanitise("a < b & c &amp; d"));
    assertEquals("klik", SimpleHtml.sanitise("<a href=\"javascript:alert(1)\">klik</a>"));
    assertEquals(
        "<a href=\"https://example.org/?a&#61;1&amp;b&#61;2\">link</a>",
        SimpleHtml.sanitise("<a href='https://example.org/?a=1&amp;b=2' target=_blank>link</a>"));
    assertEquals(
        "<a href=\"/organisaties\">x</a>", SimpleHtml.sanitise("<a href=\"/organisaties\">x"));
    assertEquals("beeld", SimpleHtml.sanitise("<img src=x onerror=alert(1)>beeld"));
    assertEquals("Tom & Jerry", HtmlText.of("<p>Tom &amp; Jerry</p>"));
  }

  @Test
  void entitiesCleanTheirBodies() {
    Regulation regulation =
        new Regulation("test-x", "Titel", "Samenvatting", "<p>Tekst<script>x</script></p>", null);
    assertEquals("<p>Tekst</p>", regulation.body());
    assertThrows(
        InvalidInputException.class,
        () -> new Regulation("test-x", "Titel", "Samenvatting", "<script>x</script>", null));
    assertThrows(
        InvalidInputException.class,
        () -> new Regulation("Geen Slug", "Titel", "Samenvatting", "<p>x</p>", null));
  }

  @Test
  void onlyPdfFilesAreAccepted() {
    PdfFile file = PdfFile.of("Handboek signaleren (2025).PDF", "application/pdf", PDF);
    assertEquals("Handboek-signaleren-2025-.pdf", file.fileName());
    assertEquals(PDF.length, file.size());
    assertEquals(
        "file",
        assertThrows(
                InvalidInputException.class,
                () ->
                    PdfFile.of(
                        "nep.pdf", null, "<html>geen pdf</html>".getBytes(StandardCharsets.UTF_8)))
            .field());
    assertThrows(InvalidInputException.class, () -> PdfFile.of("leeg.pdf", null, new byte[0]));
    assertThrows(InvalidInputException.class, () -> PdfFile.of("x.pdf", "text/html", PDF));
    byte[] tooLarge = new byte[PdfFile.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
    assertThrows(InvalidInputException.class, () -> PdfFile.of("groot.pdf", null, tooLarge));
    assertEquals("passwd.pdf", PdfFile.of("../../etc/passwd", null, PDF).fileName());
  }

  @Test
  void feedbackKeepsNoQueryAndAShortComment() {
    PageFeedback feedback = new PageFeedback("/beschermen/opvang", false, "  Te lang  ");
    assertEquals("Te lang", feedback.comment());
    assertFalse(feedback.useful());
    assertThrows(
        InvalidInputException.class,
        () -> new PageFeedback("/route-op-maat?age=minor", true, null));
    assertThrows(
        InvalidInputException.class,
        () ->
            new PageFeedback("/beschermen", true, "x".repeat(PageFeedback.MAX_COMMENT_LENGTH + 1)));
    assertTrue(new PageFeedback("/", true, "").comment() == null);
  }

  @Test
  void everyItemStartsAsADraft() {
    Regulation regulation = new Regulation("test-x", "Titel", "Samenvatting", "<p>x</p>", null);
    assertEquals(PublicationState.DRAFT, regulation.state());
    regulation.publish();
    assertTrue(regulation.isPublished());
    regulation.archive();
    assertFalse(regulation.isPublished());
  }
}
