package nl.wegwijzer.web.redactie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import nl.wegwijzer.content.model.EditorialKind;
import org.junit.jupiter.api.Test;

/**
 * Every kind of item the editors' queue and link check list ({@code kindCode.<code>}) has a name in
 * Dutch and English, so that no list shows {@code ???kindCode.organisation???}.
 */
class EditorialKindTextsTest {

  @Test
  void everyKindHasANameInBothLanguages() {
    List<String> missing =
        Stream.of("nl", "en")
            .flatMap(
                language -> {
                  ResourceBundle texts =
                      ResourceBundle.getBundle(
                          "nl.wegwijzer.web.i18n.editorial", Locale.forLanguageTag(language));
                  return Arrays.stream(EditorialKind.values())
                      .map(kind -> "kindCode." + kind.code())
                      .filter(key -> !texts.containsKey(key))
                      .map(key -> language + ": " + key);
                })
            .toList();
    assertEquals(List.of(), missing);
  }
}
