package nl.wegwijzer.content.service;

import java.time.OffsetDateTime;
import nl.wegwijzer.content.model.DocumentFile;

/** An uploaded file's details, without its bytes. */
public record UploadedFile(
    long id, String fileName, long sizeBytes, String uploadedBy, OffsetDateTime uploadedAt) {

  static UploadedFile of(DocumentFile file) {
    return new UploadedFile(
        file.id(), file.fileName(), file.sizeBytes(), file.uploadedBy(), file.uploadedAt());
  }
}
