package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wegwijzer.content.model.PdfFile;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import org.junit.jupiter.api.Test;

/** Site-wide search, documents and page feedback, in PostgreSQL. */
class SearchDocumentsFeedbackTest extends ContentDatabaseTest {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private static Page<SearchHit> search(String text) {
    return inContent(c -> c.search().search(text, PageRequest.first(20)));
  }

  @Test
  void searchFindsStepsByADutchWordWithAHighlightedSnippet() {
    Page<SearchHit> hits = search("aangifte");
    SearchHit step =
        hits.items().stream()
            .filter(h -> h.kind().equals("step") && h.slug().equals("aangifte"))
            .findFirst()
            .orElseThrow();
    assertEquals("strafrechtelijk-proces", step.section());
    assertEquals("Aangifte", step.title());
    assertTrue(step.snippet().contains("<mark>"), step.snippet());
    assertTrue(hits.totalItems() > 1);
    assertTrue(hits.items().stream().anyMatch(h -> h.kind().equals("faq")));
  }

  @Test
  void searchMatchesPrefixesAndStemsAcrossKinds() {
    assertTrue(
        search("opsporing").items().stream().anyMatch(h -> h.slug().equals("opsporingsonderzoek")));
    assertTrue(
        search("bedenktijd").items().stream()
            .anyMatch(h -> h.kind().equals("regulation") && h.slug().equals("bedenktijd")));
    assertTrue(
        search("paspoort").items().stream()
            .anyMatch(
                h -> h.kind().equals("indicator") && h.section().equals("beperkte-vrijheid")));
    assertTrue(
        search("tuinbouw").items().stream().anyMatch(h -> h.kind().equals("exploitation-form")));
    assertTrue(search("").items().isEmpty());
    assertTrue(search("<script>").items().isEmpty());
    assertTrue(search("xyzzyquux").items().isEmpty());
  }

  @Test
  void theEnglishSearchReadsTheEnglishTextsWithEnglishStemsAndSnippets() {
    Page<SearchHit> hits =
        inContent(c -> c.search().searchEnglish("reports", PageRequest.first(20)));
    SearchHit step =
        hits.items().stream()
            .filter(h -> h.kind().equals("step") && h.slug().equals("aangifte"))
            .findFirst()
            .orElseThrow();
    assertEquals("Police report (aangifte)", step.title());
    assertTrue(step.snippet().contains("<mark>report"), step.snippet());
    // A Dutch word that the English texts do not hold finds nothing in English.
    assertTrue(
        inContent(c -> c.search().searchEnglish("opsporingsonderzoek", PageRequest.first(20)))
            .items()
            .isEmpty());
  }

  @Test
  void snippetsAreSafeHtml() {
    assertEquals(
        "a &lt;b&gt; &amp; <mark>c</mark>", GuideSearch.snippet("a &lt;b&gt; &amp; \uE000c\uE001"));
    assertThrows(InvalidInputException.class, () -> search("x".repeat(201)));
  }

  @Test
  void documentsAreStoredCheckedAndDownloadedOncePublished() {
    String slug =
        inContent(
            c ->
                c.documentService()
                    .store(
                        new NewDocument(
                            "test-handboek",
                            "Handboek signaleren",
                            "Een handboek over signaleren van arbeidsuitbuiting",
                            "Handboek signaleren.pdf",
                            "application/pdf",
                            PDF)));
    assertThrows(NotFoundException.class, () -> inContent(c -> c.documentService().download(slug)));
    assertFalse(
        inContent(c -> c.documentService().published()).stream()
            .anyMatch(d -> d.slug().equals(slug)));

    inContent(
        c -> {
          c.documents().findBySlug(slug).orElseThrow().publish();
          return null;
        });
    DocumentView view = inContent(c -> c.documentService().document(slug));
    assertEquals("Handboek-signaleren.pdf", view.fileName());
    assertEquals("application/pdf", view.mediaType());
    assertEquals(PDF.length, view.sizeBytes());
    DocumentDownload download = inContent(c -> c.documentService().download(slug));
    assertArrayEquals(PDF, download.content());
    assertEquals("application/pdf", download.mediaType());
    assertTrue(
        search("handboek").items().stream()
            .anyMatch(h -> h.kind().equals("document") && h.slug().equals(slug)));

    assertEquals(
        "slug",
        assertThrows(
                InvalidInputException.class,
                () -> inContent(c -> c.documentService().store(upload("test-handboek", PDF))))
            .field());
  }

  @Test
  void documentsRejectWhatIsNotAPdfOrTooLarge() {
    byte[] html = "<html><body>geen pdf</body></html>".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "file",
        assertThrows(
                InvalidInputException.class,
                () -> inContent(c -> c.documentService().store(upload("test-nep", html))))
            .field());
    byte[] tooLarge = new byte[PdfFile.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
    assertThrows(
        InvalidInputException.class,
        () -> inContent(c -> c.documentService().store(upload("test-groot", tooLarge))));
    assertTrue(inContent(c -> c.documents().findBySlug("test-nep")).isEmpty());
    assertTrue(inContent(c -> c.documents().findBySlug("test-groot")).isEmpty());
  }

  @Test
  void feedbackIsStoredForTheEditors() {
    inContent(
        c -> {
          c.feedback().record("/beschermen/verblijf", true, null);
          c.feedback().record("/beschermen/verblijf", false, "Ik mis informatie over EU-burgers.");
          return null;
        });
    List<FeedbackService.FeedbackView> answers =
        inContent(c -> c.feedback().forPage("/beschermen/verblijf"));
    assertEquals(2, answers.size());
    assertTrue(answers.stream().allMatch(a -> a.createdAt() != null));
    assertTrue(answers.stream().anyMatch(a -> !a.useful() && a.comment().contains("EU-burgers")));
    assertNull(answers.stream().filter(a -> a.useful()).findFirst().orElseThrow().comment());
    assertThrows(
        InvalidInputException.class,
        () ->
            inContent(
                c -> {
                  c.feedback().record("/beschermen/verblijf", null, null);
                  return null;
                }));
    assertThrows(
        InvalidInputException.class,
        () ->
            inContent(
                c -> {
                  c.feedback().record("/beschermen/verblijf", true, "x".repeat(1001));
                  return null;
                }));
  }

  private static NewDocument upload(String slug, byte[] content) {
    return new NewDocument(slug, "Titel", "Omschrijving", "bestand.pdf", null, content);
  }
}
