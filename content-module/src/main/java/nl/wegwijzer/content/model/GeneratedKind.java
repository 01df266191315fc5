package nl.wegwijzer.content.model;

import nl.wegwijzer.directory.support.Coded;

/**
 * The documents made from the published content, with their file names in Dutch and English (the
 * addresses under /api/documents/generated/ that the documents page links).
 */
public enum GeneratedKind implements Coded {
  HANDBOOK("wegwijzer-handboek.pdf", "wegwijzer-handbook.pdf"),
  INDICATORS("wegwijzer-indicatorenlijst.pdf", "wegwijzer-indicator-list.pdf");

  private final String dutchFile;
  private final String englishFile;

  GeneratedKind(String dutchFile, String englishFile) {
    this.dutchFile = dutchFile;
    this.englishFile = englishFile;
  }

  /** The file name in a language ("nl" or "en"). */
  public String fileName(String language) {
    return GeneratedDocument.ENGLISH.equals(language) ? englishFile : dutchFile;
  }
}
