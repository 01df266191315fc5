package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wegwijzer.web.it.EditorialBrowserIT.Editor;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A handbook through the workflow in Chromium with real Keycloak logins: editor A uploads a PDF
 * (PrimeFaces' upload with its progress bar, under the site's CSP) and offers it for review; the
 * public list does not show it; editor B approves it; the list shows it and the download answers
 * the same bytes as a PDF. A text file named .pdf is refused with a clear message.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.PUBLIC_SITE)
@Order(Lanes.AFTER_THE_READERS)
class DocumentsBrowserIT extends BrowserTest {

  /** A minimal valid PDF: one empty page, with its cross-reference table. */
  static byte[] minimalPdf() {
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"
    };
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.length + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void choose(Editor editor, Path file) {
    editor
        .browser
        .findElement(By.cssSelector("[id='upload'] input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
  }

  @Test
  void anUploadedHandbookIsPublicOnlyAfterASecondEditorApprovesIt() throws Exception {
    String slug = "handboek-" + Long.toString(System.nanoTime(), 36);
    String title = "Handboek uit de browser " + slug;
    byte[] bytes = minimalPdf();
    Path file = Files.createTempDirectory("pdf").resolve("handboek signalen.pdf");
    Files.write(file, bytes);

    Editor a = Editor.logIn(browser, "editor-a", "/redactie/documenten/nieuw");
    choose(a, file);
    assertTrue(
        a.wait
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("file-name")))
            .getText()
            .contains("handboek-signalen.pdf"));
    assertTrue(a.browser.findElement(By.id("upload-done")).getText().contains("ontvangen"));
    a.type("edit:f-slug", slug);
    a.type("edit:f-title", title);
    a.type("edit:f-summary", "Een handboek om signalen te herkennen.");
    new Select(a.browser.findElement(By.id("edit:f-audience"))).selectByValue("professionals");
    a.click("edit:save");
    a.wait.until(ExpectedConditions.urlContains("/redactie/documenten/" + slug));
    assertTrue(a.browser.findElement(By.id("file-name")).getText().contains("handboek-signalen"));
    a.click("edit:submit");
    assertTrue(a.notice().contains("beoordeling"), a.notice());

    open("/documenten");
    assertFalse(browser.getPageSource().contains(title), "a document in review is not listed");
    assertEquals(404, download(slug).statusCode());

    try (Editor b = Editor.logIn(Browser.take(), "editor-b", "/redactie/documenten/" + slug)) {
      b.click("review:approve");
      assertTrue(b.notice().contains("gepubliceerd"), b.notice());
    }
    open("/documenten");
    assertTrue(browser.getPageSource().contains(title), "the approved document is listed");
    HttpResponse<byte[]> download = download(slug);
    assertEquals(200, download.statusCode());
    assertEquals(
        "application/pdf", download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertArrayEquals(bytes, download.body());
  }

  @Test
  void aTextFileNamedPdfIsRefusedWithAClearMessage() throws Exception {
    Path file = Files.createTempDirectory("txt").resolve("notities.pdf");
    Files.writeString(file, "Dit is gewoon tekst, geen PDF.\n");
    Editor a = Editor.logIn(browser, "editor-a", "/redactie/documenten/nieuw");
    choose(a, file);
    String message =
        a.wait
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-problem")))
            .getText();
    assertTrue(message.contains("geen PDF-bestand"), message);
    assertTrue(a.browser.findElements(By.id("file-name")).isEmpty(), "no file was taken");
  }

  private static HttpResponse<byte[]> download(String slug) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(RunningApp.baseUrl() + "/api/documents/" + slug))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
