package nl.wegwijzer.web.redactie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.service.PostcodeImportReport;
import nl.wegwijzer.directory.service.PostcodeImportService;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.web.security.CurrentUser;

/**
 * /redactie/postcodes: upload a PC4 table, see what it would change, then apply exactly that file.
 * The uploaded text stays in this view between the preview and the apply, so what is applied is
 * what was previewed; a new upload starts again.
 */
@Named
@ViewScoped
public class PostcodesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A full PC4 table (about 4,000 rows) is some 100 KB; this leaves room for extra columns. */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  @Inject transient PostcodeImportService imports;
  @Inject transient AuditTrail audit;
  @Inject transient CurrentUser currentUser;

  private transient Part file;
  private String fileName;
  private String content;
  private PostcodeImportReport preview;
  private PostcodeImportReport result;
  private boolean confirming;
  private String problem;

  /** Reads the upload and shows what it would change, changing nothing. */
  public void upload() {
    problem = null;
    preview = null;
    result = null;
    confirming = false;
    content = null;
    if (file == null || file.getSize() == 0) {
      problem = EditorialTexts.text("postcodes.noFile");
      return;
    }
    String name = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName();
    String type = file.getContentType() == null ? "" : file.getContentType();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")
        || !(type.startsWith("text/") || type.contains("csv") || type.contains("excel"))) {
      problem = EditorialTexts.text("postcodes.notCsv");
      return;
    }
    if (file.getSize() > MAX_BYTES) {
      problem = EditorialTexts.text("postcodes.tooLarge", MAX_BYTES / (1024 * 1024));
      return;
    }
    try (InputStream in = file.getInputStream()) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      content =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      fileName = name;
      preview = imports.preview(new StringReader(content));
    } catch (CharacterCodingException e) {
      problem = EditorialTexts.text("postcodes.notText");
    } catch (InvalidInputException e) {
      content = null;
      problem = EditorialTexts.text("postcodes.badFile", e.getMessage());
    } catch (IOException e) {
      problem = EditorialTexts.text("postcodes.noFile");
    }
  }

  public void askApply() {
    confirming = preview != null && content != null;
  }

  public void cancelApply() {
    confirming = false;
  }

  /** Applies the file that was previewed; written to the audit trail. */
  public void apply() {
    confirming = false;
    if (content == null) {
      problem = EditorialTexts.text("postcodes.noFile");
      return;
    }
    result = imports.apply(new StringReader(content));
    audit.record(
        currentUser.getName(),
        AuditAction.POSTCODES_IMPORTED,
        "postcodes " + fileName,
        "added "
            + result.added()
            + ", changed "
            + result.changed()
            + ", unchanged "
            + result.unchanged()
            + ", rejected "
            + result.rejectedCount());
    preview = null;
    content = null;
  }

  /** Why a line was rejected, in the reader's language. */
  public String reason(PostcodeImportReport.Rejection rejection) {
    return EditorialTexts.text("postcodes.reason." + rejection.problem(), rejection.detail());
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getFileName() {
    return fileName;
  }

  public PostcodeImportReport getPreview() {
    return preview;
  }

  public PostcodeImportReport getResult() {
    return result;
  }

  public boolean isConfirming() {
    return confirming;
  }

  public String getProblem() {
    return problem;
  }
}
