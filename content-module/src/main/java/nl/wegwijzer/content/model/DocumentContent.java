package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The bytes of a {@link Document}, in PostgreSQL (bytea) beside its metadata, so that a backup of
 * the database is a backup of the guide. Read only for a download.
 */
@Entity
@Table(name = "document_content", schema = "content")
public class DocumentContent {

  @Id
  @Column(name = "document_id")
  private Long documentId;

  @Column(nullable = false)
  private byte[] content;

  protected DocumentContent() {}

  /** The content of a stored document (it must have its id already). */
  public DocumentContent(Document document, PdfFile file) {
    this.documentId = Objects.requireNonNull(document.id(), "document must be stored first");
    replace(file);
  }

  public void replace(PdfFile file) {
    this.content = file.content().clone();
  }

  public Long documentId() {
    return documentId;
  }

  public byte[] content() {
    return content.clone();
  }
}
