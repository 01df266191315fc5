package nl.wegwijzer.content.model;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * An uploaded PDF, checked before anything is stored: the bytes must start with the PDF signature
 * ({@code %PDF}; the name or the type a browser claims proves nothing) and be at most {@link
 * #MAX_BYTES}. The file name is reduced to safe characters, since it goes into a download header.
 */
public record PdfFile(String fileName, byte[] content) {

  public static final String MEDIA_TYPE = "application/pdf";
  public static final int MAX_BYTES = 20 * 1024 * 1024;
  private static final byte[] SIGNATURE = "%PDF".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_NAME_LENGTH = 200;

  public PdfFile {
    String problem = problem(content);
    if (problem != null) {
      throw new InvalidInputException(
          "file",
          switch (problem) {
            case "file-empty" -> "is empty";
            case "file-too-large" -> "is larger than " + (MAX_BYTES / (1024 * 1024)) + " MB";
            default -> "is not a PDF document";
          });
    }
    fileName = safeName(fileName);
  }

  /**
   * What is wrong with the bytes of an upload, as a code for the screens ({@code file-empty},
   * {@code file-too-large}, {@code file-not-pdf}), or null when they are a PDF of a fitting size.
   */
  public static String problem(byte[] content) {
    if (content == null || content.length == 0) {
      return "file-empty";
    }
    if (content.length > MAX_BYTES) {
      return "file-too-large";
    }
    if (content.length < SIGNATURE.length
        || !Arrays.equals(content, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
      return "file-not-pdf";
    }
    return null;
  }

  /**
   * Checks an upload.
   *
   * @param declaredType the media type the upload claims, or null; anything but PDF is refused
   */
  public static PdfFile of(String fileName, String declaredType, byte[] content) {
    if (declaredType != null
        && !declaredType.isBlank()
        && !declaredType.strip().toLowerCase(Locale.ROOT).startsWith(MEDIA_TYPE)) {
      throw new InvalidInputException("file", "only PDF documents (application/pdf) are accepted");
    }
    return new PdfFile(fileName, content);
  }

  public int size() {
    return content.length;
  }

  private static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base =
        Normalizer.normalize(base, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9._-]+", "-")
            .replaceAll("^[.-]+", "");
    if (base.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      base = base.substring(0, base.length() - 4);
    }
    if (base.isBlank()) {
      base = "document";
    }
    if (base.length() > MAX_NAME_LENGTH - 4) {
      base = base.substring(0, MAX_NAME_LENGTH - 4);
    }
    return base + ".pdf";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PdfFile file
        && fileName.equals(file.fileName)
        && Arrays.equals(content, file.content);
  }

  @Override
  public int hashCode() {
    return 31 * fileName.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "PdfFile[" + fileName + ", " + content.length + " bytes]";
  }
}
