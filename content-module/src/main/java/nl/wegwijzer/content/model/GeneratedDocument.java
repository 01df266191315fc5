package nl.wegwijzer.content.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A PDF made from the published content (the handbook, the indicator list) in one language, with
 * the published-content generation it was made from. Not kept in the shared entity cache: another
 * node may have made a newer one.
 */
@Entity
@Cacheable(false)
@Table(name = "generated_document", schema = "content")
@NamedQuery(
    name = "GeneratedDocument.all",
    query = "select d from GeneratedDocument d order by d.kind, d.language")
@NamedQuery(
    name = "GeneratedDocument.of",
    query = "select d from GeneratedDocument d where d.kind = :kind and d.language = :language")
public class GeneratedDocument {

  public static final String DUTCH = "nl";
  public static final String ENGLISH = "en";
  public static final Set<String> LANGUAGES = Set.of(DUTCH, ENGLISH);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private GeneratedKind kind;

  @Column(nullable = false, length = 2)
  private String language;

  @Column(name = "content_generation", nullable = false)
  private long contentGeneration;

  @Column(name = "published_at", nullable = false)
  private OffsetDateTime publishedAt;

  @Column(name = "generated_at", nullable = false)
  private OffsetDateTime generatedAt;

  @Column(name = "source_hash", nullable = false, length = 64)
  private String sourceHash;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Version private long version;

  protected GeneratedDocument() {}

  public GeneratedDocument(GeneratedKind kind, String language) {
    this.kind = Objects.requireNonNull(kind, "kind");
    if (!LANGUAGES.contains(language)) {
      throw new InvalidInputException("language", "'" + language + "' is not nl or en");
    }
    this.language = language;
  }

  /**
   * Takes a newly made PDF of the content of {@code generation}, published at {@code publishedAt},
   * rendered from HTML with the hash {@code sourceHash}. One made from an older generation than the
   * one kept is ignored (another node was quicker).
   *
   * @return whether it was taken
   */
  public boolean replace(
      byte[] pdf,
      String sourceHash,
      long generation,
      OffsetDateTime publishedAt,
      OffsetDateTime generatedAt) {
    if (pdf == null || pdf.length == 0) {
      throw new InvalidInputException("content", "a generated document is never empty");
    }
    if (content != null && generation < contentGeneration) {
      return false;
    }
    this.content = pdf.clone();
    this.sourceHash = Objects.requireNonNull(sourceHash, "sourceHash");
    this.sizeBytes = pdf.length;
    this.contentGeneration = generation;
    this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
    this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
    return true;
  }

  /**
   * Records that the content of {@code generation} reads the same as the kept PDF (a change
   * elsewhere on the site, such as an organisation's profile): the PDF and its date stay.
   */
  public void stillCurrentAt(long generation) {
    if (generation > contentGeneration) {
      this.contentGeneration = generation;
    }
  }

  public String sourceHash() {
    return sourceHash;
  }

  public GeneratedKind kind() {
    return kind;
  }

  public String language() {
    return language;
  }

  public String fileName() {
    return kind.fileName(language);
  }

  public long contentGeneration() {
    return contentGeneration;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public OffsetDateTime generatedAt() {
    return generatedAt;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public byte[] content() {
    return content.clone();
  }
}
