package nl.wegwijzer.web.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Turns {@link HandbookHtml}'s pages into tagged PDF (PDF/UA: a structure tree, the document's
 * language and title, bookmarks) with openhtmltopdf, in Java, without a browser. The one font is
 * embedded, as PDF/UA asks: Liberation Sans, which PDFBox carries. Nothing outside the page is ever
 * fetched.
 */
final class PdfDocuments {

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final String FAMILY = "Liberation Sans";

  /** The print style of the generated documents: A4, page numbers, a chapter per page. */
  static final String STYLE =
      """
      @page { size: A4; margin: 20mm 18mm 22mm 18mm;
        @bottom-center { content: counter(page) " / " counter(pages);
          font-family: 'Liberation Sans'; font-size: 9pt; color: #4a4a4a; } }
      * { font-family: 'Liberation Sans'; }
      body { font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
      h1, h2, h3 { color: #154273; line-height: 1.2; page-break-after: avoid; }
      h1 { font-size: 20pt; margin: 0 0 10pt; }
      h2 { font-size: 14pt; margin: 16pt 0 4pt; }
      h3 { font-size: 11.5pt; margin: 10pt 0 2pt; }
      .cover { padding-top: 60mm; page-break-after: always; }
      .cover h1 { font-size: 28pt; }
      .cover .site { font-size: 13pt; color: #154273; }
      .cover .subtitle { font-size: 13pt; }
      .cover .published { font-size: 12pt; margin-top: 18pt; }
      .toc { page-break-after: always; }
      .toc ol { list-style: none; padding-left: 0; }
      .toc ol ol { padding-left: 14pt; font-size: 9.5pt; }
      .toc a { color: #1a1a1a; text-decoration: none; }
      .toc a::after { content: leader('.') target-counter(attr(href), page); }
      .chapter { page-break-before: always; }
      .lead { font-size: 11.5pt; }
      .meta { color: #4a4a4a; font-size: 9.5pt; }
      .legal-basis { border-left: 3pt solid #01689b; padding-left: 6pt; }
      table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; }
      th, td { border: 0.5pt solid #b4b4b4; padding: 3pt 4pt; text-align: left;
        vertical-align: top; font-size: 9pt; }
      th { background: #e6eef6; }
      table { table-layout: fixed; }
      th.organisation { width: 34%; } th.forWhom { width: 20%; }
      th.phone { width: 16%; } th.email { width: 30%; }
      td { word-wrap: break-word; }
      ul.indicators li { margin-bottom: 3pt; }
      a { color: #01689b; }
      """;

  private PdfDocuments() {}

  static byte[] render(Document page) {
    try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.withProducer("Wegwijzer mensenhandel");
      // One font for regular and bold text: embedded, as PDF/UA requires.
      for (int weight : new int[] {400, 700}) {
        builder.useFont(PdfDocuments::font, FAMILY, weight, FontStyle.NORMAL, true);
      }
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.withW3cDocument(new W3CDom().fromJsoup(page), "about:blank");
      builder.toStream(pdf);
      builder.run();
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream font() {
    return PDDocument.class.getResourceAsStream(FONT);
  }
}
