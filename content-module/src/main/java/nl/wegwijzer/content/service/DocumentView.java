package nl.wegwijzer.content.service;

import java.time.OffsetDateTime;
import nl.wegwijzer.content.model.Document;

/** A document's details, without its bytes. */
public record DocumentView(
    String slug,
    String title,
    String description,
    String fileName,
    String mediaType,
    long sizeBytes,
    OffsetDateTime uploadedAt) {

  static DocumentView of(Document document) {
    return new DocumentView(
        document.slug(),
        document.title(),
        document.description(),
        document.fileName(),
        document.mediaType(),
        document.sizeBytes(),
        document.uploadedAt());
  }
}
