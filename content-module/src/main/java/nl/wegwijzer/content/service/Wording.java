package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ContextNotActiveException;
import java.util.Arrays;

/** Picks an item's English text for an English reader, and falls back to the Dutch per field. */
record Wording(boolean english) {

  static final Wording DUTCH = new Wording(false);

  static Wording of(ReadingLanguage reading) {
    try {
      return reading != null && reading.english() ? new Wording(true) : DUTCH;
    } catch (ContextNotActiveException outsideARequest) {
      return DUTCH;
    }
  }

  String pick(String dutch, String inEnglish) {
    return english && present(inEnglish) ? inEnglish : dutch;
  }

  /** Whether an English reader sees Dutch text here, so the page can say so. */
  boolean fallsBack(String... inEnglish) {
    return english && !Arrays.stream(inEnglish).allMatch(Wording::present);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
