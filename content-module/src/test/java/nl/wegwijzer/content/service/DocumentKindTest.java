package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.PdfFile;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.support.NotFoundException;
import org.junit.jupiter.api.Test;

/**
 * Documents through the editors' workflow against PostgreSQL: an upload is checked by its bytes and
 * size, stored at once, and reaches the public list and download only when a second editor approves
 * it; a new file for a published document stays off the site until its version is approved.
 */
class DocumentKindTest extends ContentDatabaseTest {

  private static final String A = "editor-a";
  private static final String B = "editor-b";
  private static final EditorialKind DOCUMENT = EditorialKind.DOCUMENT;

  static byte[] pdf(String text) {
    return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static UploadedFile upload(String name, byte[] bytes) {
    return inContent(c -> c.documentService().upload(name, "application/pdf", bytes, A));
  }

  private static Map<String, String> document(String title, UploadedFile file) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("summary", "Samenvatting van " + title);
    fields.put("audience", "professionals");
    fields.put("file", Long.toString(file.id()));
    return fields;
  }

  private static RevisionView approve(RevisionView r, String reviewer) {
    return inContent(c -> c.editorial().approve(r.id(), r.version(), reviewer, Instant.now()));
  }

  private static RevisionView submit(RevisionView r) {
    return inContent(c -> c.editorial().submit(r.id(), r.version(), A));
  }

  private static boolean listed(String slug) {
    return inContent(c -> c.documentService().published()).stream()
        .anyMatch(d -> d.slug().equals(slug));
  }

  @Test
  void aDraftIsNotPublicUntilAnotherEditorApprovesIt() {
    byte[] bytes = pdf("handboek");
    UploadedFile file = upload("Handboek signalen.pdf", bytes);
    assertEquals("Handboek-signalen.pdf", file.fileName());
    RevisionView draft =
        inContent(
            c ->
                c.editorial()
                    .create(DOCUMENT, "test-handboek", document("Handboek signalen", file), A));
    assertFalse(listed("test-handboek"));
    assertThrows(
        NotFoundException.class,
        () -> inContent(c -> c.documentService().download("test-handboek")));

    RevisionView inReview = submit(draft);
    WorkflowException own = assertThrows(WorkflowException.class, () -> approve(inReview, A));
    assertEquals(WorkflowException.Reason.OWN_CHANGE, own.reason());
    assertFalse(listed("test-handboek"));

    assertEquals("published", approve(inReview, B).state());
    assertTrue(listed("test-handboek"));
    DocumentDownload download = inContent(c -> c.documentService().download("test-handboek"));
    assertEquals("application/pdf", download.mediaType());
    assertArrayEquals(bytes, download.content());
  }

  @Test
  void aNewFileForAPublishedDocumentStaysOffTheSiteUntilApproved() {
    byte[] first = pdf("eerste versie");
    UploadedFile firstFile = upload("handboek.pdf", first);
    approve(
        submit(
            inContent(
                c ->
                    c.editorial()
                        .create(DOCUMENT, "test-vervangen", document("Handboek", firstFile), A))),
        B);

    byte[] second = pdf("tweede versie, langer");
    UploadedFile secondFile = upload("handboek-2.pdf", second);
    RevisionView replacement =
        inContent(
            c ->
                c.editorial()
                    .save(
                        DOCUMENT,
                        "test-vervangen",
                        null,
                        null,
                        document("Handboek (herzien)", secondFile),
                        A));
    RevisionView inReview = submit(replacement);
    assertArrayEquals(
        first, inContent(c -> c.documentService().download("test-vervangen")).content());
    assertEquals(
        "Handboek", inContent(c -> c.documentService().document("test-vervangen")).title());

    approve(inReview, B);
    DocumentDownload now = inContent(c -> c.documentService().download("test-vervangen"));
    assertArrayEquals(second, now.content());
    assertEquals("handboek-2.pdf", now.fileName());
    assertEquals(
        "Handboek (herzien)",
        inContent(c -> c.documentService().document("test-vervangen")).title());
    // the history keeps both versions with their own file
    List<RevisionView> history = inContent(c -> c.reading().history(DOCUMENT, "test-vervangen"));
    assertEquals(
        List.of(Long.toString(secondFile.id()), Long.toString(firstFile.id())),
        history.stream().map(r -> r.fields().get("file")).toList());
  }

  @Test
  void aFileThatIsNotAPdfOrTooLargeIsRefusedWithAClearReason() {
    InvalidFieldsException text =
        assertThrows(
            InvalidFieldsException.class,
            () ->
                upload("notities.pdf", "Dit is gewoon tekst.\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(FieldProblem.of("file", "file-not-pdf")), text.problems());

    byte[] large = new byte[PdfFile.MAX_BYTES + 1];
    System.arraycopy(pdf("groot"), 0, large, 0, 8);
    InvalidFieldsException tooLarge =
        assertThrows(InvalidFieldsException.class, () -> upload("groot.pdf", large));
    assertEquals(List.of(FieldProblem.of("file", "file-too-large")), tooLarge.problems());

    InvalidFieldsException claimed =
        assertThrows(
            InvalidFieldsException.class,
            () -> inContent(c -> c.documentService().upload("a.pdf", "text/plain", pdf("x"), A)));
    assertEquals("file-not-pdf", claimed.problems().get(0).problem());

    InvalidFieldsException missing =
        assertThrows(
            InvalidFieldsException.class,
            () ->
                submit(
                    inContent(
                        c ->
                            c.editorial()
                                .create(
                                    DOCUMENT,
                                    "test-zonder-bestand",
                                    Map.of(
                                        "title",
                                        "Zonder bestand",
                                        "summary",
                                        "Nog geen bestand",
                                        "audience",
                                        "professionals"),
                                    A))));
    assertEquals(List.of(FieldProblem.of("file", "required")), missing.problems());
  }
}
