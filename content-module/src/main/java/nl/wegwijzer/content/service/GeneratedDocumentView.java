package nl.wegwijzer.content.service;

import java.time.OffsetDateTime;
import nl.wegwijzer.content.model.GeneratedDocument;

/**
 * A generated document's details, without its bytes.
 *
 * @param kind handbook | indicators
 * @param language nl | en
 * @param publishedAt when the content it was made from was published
 * @param contentGeneration the published-content generation it was made from
 */
public record GeneratedDocumentView(
    String kind,
    String language,
    String fileName,
    long sizeBytes,
    OffsetDateTime publishedAt,
    long contentGeneration) {

  static GeneratedDocumentView of(GeneratedDocument document) {
    return new GeneratedDocumentView(
        document.kind().code(),
        document.language(),
        document.fileName(),
        document.sizeBytes(),
        document.publishedAt(),
        document.contentGeneration());
  }
}
