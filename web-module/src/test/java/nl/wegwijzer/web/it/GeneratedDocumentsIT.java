package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import nl.wegwijzer.web.documents.TaggedPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The handbook and the indicator list made from the published content of the demo: listed on
 * /documenten beside the uploaded documents in the reader's language with a link to the other one,
 * tagged PDF/UA files with their language and title, the handbook with the guide's chapters and the
 * coordinator of Zeeland. That they are made again after a publication: EditorialBrowserIT.
 */
@ExtendWith(RunningApp.class)
// Last: the shared deployment renders the documents after its start, which the other classes'
// tests fill instead of this class's waiting.
@Order(Integer.MAX_VALUE)
@ResourceLock(value = Lanes.PUBLIC_SITE, mode = ResourceAccessMode.READ)
class GeneratedDocumentsIT {

  static final String HANDBOOK = "wegwijzer-handboek.pdf";

  private static final Map<String, String> FILES =
      Map.of(
          HANDBOOK,
          "nl",
          "wegwijzer-handbook.pdf",
          "en",
          "wegwijzer-indicatorenlijst.pdf",
          "nl",
          "wegwijzer-indicator-list.pdf",
          "en");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static HttpResponse<byte[]> download(String file) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(
                  URI.create(RunningApp.baseUrl() + "/api/documents/generated/" + file))
              .timeout(Duration.ofSeconds(30))
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The text of a generated document once it meets {@code wanted}; fails after two minutes. */
  static String awaitText(String file, Predicate<String> wanted) throws Exception {
    Instant until = Instant.now().plus(Duration.ofMinutes(2));
    String text = "";
    while (Instant.now().isBefore(until)) {
      HttpResponse<byte[]> answer = download(file);
      if (answer.statusCode() == 200) {
        try (PDDocument pdf = Loader.loadPDF(answer.body())) {
          text = TaggedPdf.text(pdf);
        }
        if (wanted.test(text)) {
          return text;
        }
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError(file + " never came to hold what was wanted; last text:\n" + text);
  }

  /** The published-content generation the Dutch handbook was made from; -1 before it is made. */
  static long handbookGeneration() throws Exception {
    try (Connection db =
            DriverManager.getConnection(
                RunningApp.databaseUrl(), PayaraProcess.user(), PayaraProcess.password());
        Statement query = db.createStatement();
        ResultSet row =
            query.executeQuery(
                "select coalesce(max(content_generation), -1) from content.generated_document"
                    + " where kind = 'HANDBOOK' and language = 'nl'")) {
      row.next();
      return row.getLong(1);
    }
  }

  @Test
  void theDocumentsPageListsThemInTheReadersLanguageBesideTheUploadedOnes() throws Exception {
    awaitText(HANDBOOK, text -> true);
    awaitText("wegwijzer-indicator-list.pdf", text -> true);
    String dutch = Api.get("/documenten").body();
    assertTrue(dutch.contains("href=\"/api/documents/generated/wegwijzer-handboek.pdf\""), dutch);
    assertTrue(dutch.contains("href=\"/api/documents/generated/wegwijzer-indicatorenlijst.pdf\""));
    assertTrue(dutch.contains("hreflang=\"en\">English version</a>"), dutch);
    assertTrue(dutch.contains("href=\"/api/documents/signalenkaart-voorbeeld\""), "the uploaded");
    String english = Api.get("/documenten?lang=en").body();
    assertTrue(english.contains("href=\"/api/documents/generated/wegwijzer-handbook.pdf\""));
    assertTrue(english.contains("Human trafficking indicator list"), english);
  }

  @Test
  void eachIsATaggedPdfWithItsLanguageAndTitle() throws Exception {
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      awaitText(file.getKey(), text -> true);
      HttpResponse<byte[]> answer = download(file.getKey());
      assertEquals(200, answer.statusCode(), file.getKey());
      assertEquals(
          "application/pdf", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
      try (PDDocument pdf = Loader.loadPDF(answer.body())) {
        String title = pdf.getDocumentInformation().getTitle();
        TaggedPdf.assertTagged(
            pdf,
            file.getValue(),
            file.getKey().contains("indicator")
                ? ("nl".equals(file.getValue())
                    ? "Indicatorenlijst mensenhandel"
                    : "Human trafficking indicator list")
                : ("nl".equals(file.getValue())
                    ? "Handboek mensenhandel"
                    : "Human trafficking handbook"));
        assertTrue(pdf.getNumberOfPages() > 3, title + ": " + pdf.getNumberOfPages() + " pages");
      }
    }
  }

  @Test
  void theHandbookHoldsThePhasesTheRegulationsTheFormsAndTheCoordinatorOfZeeland()
      throws Exception {
    String text = awaitText(HANDBOOK, t -> true);
    for (String expected :
        new String[] {
          "Gepubliceerd op",
          "Inhoud",
          "Fase 1: Signaleren en melden",
          "Fase 4: Compensatie",
          "Rechten en regelingen",
          "Wettelijke basis",
          "B8/3",
          "Vormen van uitbuiting",
          "Zorgcoördinatoren per regio",
          "Coördinatiepunt Mensenhandel Zeeland (demo)"
        }) {
      assertTrue(text.contains(expected), expected + " in:\n" + text);
    }
    String indicators = awaitText("wegwijzer-indicatorenlijst.pdf", t -> true);
    assertTrue(indicators.contains("Zo gebruikt u deze lijst"), indicators);
    assertTrue(handbookGeneration() >= 0, "made from a generation of the published content");
  }

  @Test
  void anUnknownDocumentIsNotFound() {
    Api.Answer answer = Api.get("/api/documents/generated/bestaat-niet.pdf");
    assertEquals(404, answer.status());
    assertTrue(answer.header("content-type").startsWith("application/problem+json"));
  }
}
