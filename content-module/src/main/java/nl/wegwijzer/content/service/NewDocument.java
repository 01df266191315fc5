package nl.wegwijzer.content.service;

/**
 * A document as it is uploaded; {@link DocumentService} checks it.
 *
 * @param declaredType the media type the upload claims, or null; the bytes decide in the end
 */
public record NewDocument(
    String slug,
    String title,
    String description,
    String fileName,
    String declaredType,
    byte[] content) {}
