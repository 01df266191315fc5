package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import org.junit.jupiter.api.Test;

/** "Bedoelde u …?" from the words the site can find, in PostgreSQL with pg_trgm. */
class SearchSuggestionsTest extends ContentDatabaseTest {

  private static Optional<String> correction(String text) {
    return inContent(c -> c.suggestions().correction(text));
  }

  @Test
  void aTypingErrorBecomesTheIndexedWord() {
    assertEquals(Optional.of("opvang"), correction("opvnag"), "two letters swapped");
    assertEquals(Optional.of("slachtoffer"), correction("slachtofer"), "a letter missing");
    assertEquals(
        Optional.of("bedenktijd voor slachtoffer"), correction("bedenktyd voor slachtofer"));
    assertEquals(Optional.of("aangifte"), correction("Aangifde"));
  }

  @Test
  void knownWordsPrefixesAndFarOffWordsAreLeftAlone() {
    assertEquals(Optional.empty(), correction("bedenktijd"));
    assertEquals(Optional.empty(), correction("opvan"), "a prefix finds the word already");
    assertEquals(Optional.empty(), correction("xyzzyonbekend"), "no word is near");
    assertEquals(Optional.empty(), correction("B8/3 112"), "numbers are not corrected");
  }

  @Test
  void aPublishedWordIsSuggestedFromItsPublication() {
    assertEquals(Optional.empty(), correction("zwoegerbaam"));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("term", "zwoegerbaan");
    fields.put("meanings", "arbeidsuitbuiting");
    fields.put("category", "street");
    RevisionView draft =
        inContent(
            c ->
                c.editorial()
                    .save(EditorialKind.SYNONYM, "test-zwoeger", null, null, fields, "editor-a"));
    RevisionView review =
        inContent(c -> c.editorial().submit(draft.id(), draft.version(), "editor-a"));
    inContent(c -> c.editorial().approve(review.id(), review.version(), "editor-b", Instant.now()));
    assertEquals(Optional.of("zwoegerbaan"), correction("zwoegerbaam"));
  }

  @Test
  void editsCountASwapOnce() {
    assertEquals(1, SearchSuggestions.edits("opvnag", "opvang"));
    assertEquals(2, SearchSuggestions.edits("advokat", "advocaat"));
    assertEquals(0, SearchSuggestions.edits("tolk", "tolk"));
  }
}
