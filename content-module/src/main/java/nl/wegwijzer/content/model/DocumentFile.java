package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import nl.wegwijzer.directory.model.Text;

/**
 * A checked PDF as an editor uploaded it. Stored at once, so a draft's file survives a form that
 * still has a problem; versions of a document name their file by its id, and publishing a version
 * copies its bytes to the document's live {@link DocumentContent}. Never changed once stored.
 */
@Entity
@Table(name = "document_file", schema = "content")
public class DocumentFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, length = 255)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  protected DocumentFile() {}

  public DocumentFile(PdfFile file, String uploadedBy) {
    Objects.requireNonNull(file, "file");
    this.fileName = file.fileName();
    this.sizeBytes = file.size();
    this.content = file.content().clone();
    this.uploadedBy = Text.required(uploadedBy, "uploadedBy", 255);
    this.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** The file as a checked PDF again, to publish. */
  public PdfFile pdf() {
    return new PdfFile(fileName, content);
  }

  public Long id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public OffsetDateTime uploadedAt() {
    return uploadedAt;
  }
}
