package nl.wegwijzer.web.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Checks of a generated PDF with PDFBox, for the unit and the integration tests. */
public final class TaggedPdf {

  private TaggedPdf() {}

  /** The text, with each run of white space as one space (a table cell breaks long names). */
  public static String text(PDDocument pdf) throws IOException {
    return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
  }

  /** What PDF/UA asks of the file itself, as far as PDFBox can see it. */
  public static void assertTagged(PDDocument pdf, String language, String title)
      throws IOException {
    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    assertNotNull(catalog.getStructureTreeRoot(), "a structure tree");
    assertNotNull(catalog.getMarkInfo(), "MarkInfo");
    assertTrue(catalog.getMarkInfo().isMarked(), "Marked true");
    assertEquals(language, catalog.getLanguage());
    assertTrue(
        pdf.getDocumentInformation().getTitle().startsWith(title),
        pdf.getDocumentInformation().getTitle());
    assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the title, not the file name");
    String metadata = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
    assertTrue(metadata.contains("pdfuaid:part"), "the PDF/UA mark in the metadata");
    for (PDPage page : pdf.getPages()) {
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertTrue(font.isEmbedded(), font.getName() + " is embedded");
      }
    }
  }
}
