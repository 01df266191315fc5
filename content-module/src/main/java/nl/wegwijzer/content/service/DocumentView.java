package nl.wegwijzer.content.service;

import java.time.OffsetDateTime;
import nl.wegwijzer.content.model.Document;

/**
 * A document's details, without its bytes; title and description in the reader's language, with
 * {@code inDutchOnly} when an English reader gets the Dutch ones.
 */
public record DocumentView(
    String slug,
    String title,
    String description,
    String fileName,
    String mediaType,
    long sizeBytes,
    OffsetDateTime uploadedAt,
    boolean inDutchOnly) {

  static DocumentView of(Document document, Wording wording) {
    return new DocumentView(
        document.slug(),
        wording.pick(document.title(), document.titleEn()),
        wording.pick(document.description(), document.descriptionEn()),
        document.fileName(),
        document.mediaType(),
        document.sizeBytes(),
        document.uploadedAt(),
        wording.fallsBack(document.titleEn(), document.descriptionEn()));
  }
}
