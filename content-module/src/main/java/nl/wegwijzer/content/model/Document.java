package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import nl.wegwijzer.directory.model.Text;

/**
 * A downloadable document (a PDF handbook): its description and file details. The bytes live in
 * {@link DocumentContent}, so that listing documents never reads the files.
 */
@Entity
@Table(name = "document", schema = "content")
@NamedQuery(
    name = "Document.published",
    query =
        "select d from Document d"
            + " where d.state = nl.wegwijzer.content.model.PublicationState.PUBLISHED"
            + " order by d.title")
@NamedQuery(name = "Document.bySlug", query = "select d from Document d where d.slug = :slug")
public class Document extends GuideItem {

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false)
  private String description;

  @Column(name = "title_en", length = 200)
  private String titleEn;

  @Column(name = "description_en")
  private String descriptionEn;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  /** The uploaded file this document's content was taken from (null for one stored directly). */
  @Column(name = "file_id")
  private Long fileId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Audience audience = Audience.PROFESSIONALS;

  protected Document() {}

  /** A document for a checked file; the file itself is stored beside it as its content. */
  public Document(String slug, String title, String description, PdfFile file) {
    super(slug);
    describe(title, description);
    takeFile(file);
  }

  public void describe(String newTitle, String newDescription) {
    this.title = Text.required(newTitle, "title", Limits.TITLE);
    this.description = Text.required(newDescription, "description", Limits.SUMMARY);
  }

  /** Sets the optional English title and description beside the Dutch (null or blank: none). */
  public void describeInEnglish(String newTitleEn, String newDescriptionEn) {
    this.titleEn = Text.optional(newTitleEn, "titleEn", Limits.TITLE);
    this.descriptionEn = Text.optional(newDescriptionEn, "descriptionEn", Limits.SUMMARY);
  }

  /** The English title, or null when there is none yet. */
  public String titleEn() {
    return titleEn;
  }

  /** The English description, or null when there is none yet. */
  public String descriptionEn() {
    return descriptionEn;
  }

  /** Records the details of a (new) file; the caller stores its bytes as the content. */
  public void takeFile(PdfFile file) {
    Objects.requireNonNull(file, "file");
    this.fileName = file.fileName();
    this.mediaType = PdfFile.MEDIA_TYPE;
    this.sizeBytes = file.size();
    this.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Takes the file of an editor's upload; the caller replaces the content with its bytes. */
  public void takeFile(DocumentFile file) {
    takeFile(file.pdf());
    this.fileId = Objects.requireNonNull(file.id(), "the file must be stored first");
  }

  public void addressTo(Audience newAudience) {
    this.audience = Objects.requireNonNull(newAudience, "audience");
  }

  public Long fileId() {
    return fileId;
  }

  public Audience audience() {
    return audience;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public OffsetDateTime uploadedAt() {
    return uploadedAt;
  }
}
