package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.support.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * Search terms against PostgreSQL: a seeded street word, former name or abbreviation finds what the
 * official words find in the site search; a new term counts only once a second editor approved it,
 * and the versions keep its history.
 */
class SynonymSearchTest extends ContentDatabaseTest {

  private static final EditorialKind KIND = EditorialKind.SYNONYM;

  private static List<String> titles(String text) {
    return inContent(
        c ->
            c.search().search(text, PageRequest.first(50)).items().stream()
                .map(hit -> hit.kind() + ":" + hit.slug())
                .toList());
  }

  @Test
  void aSeededTermFindsEveryHitOfItsMeaning() {
    List<String> official = titles("seksuele uitbuiting");
    assertFalse(official.isEmpty());
    assertTrue(titles("loverboy").containsAll(official), "loverboy finds sexual exploitation");
    assertTrue(titles("B9").containsAll(titles("B8/3")), "the former name finds the chapter");
    assertTrue(titles("KMar").containsAll(titles("Koninklijke Marechaussee")));
    assertTrue(
        titles("uitbuiting in de bouw").containsAll(titles("arbeidsuitbuiting")),
        "a term of several words");
    assertTrue(titles("reflection period").containsAll(titles("bedenktijd")), "English");
  }

  private static Map<String, String> term(String term, String meanings) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("term", term);
    fields.put("meanings", meanings);
    fields.put("category", "street");
    return fields;
  }

  @Test
  void aNewTermCountsOnlyOnceASecondEditorApprovedIt() {
    assertTrue(titles("zwoegerbaan").isEmpty());
    RevisionView draft =
        inContent(
            c ->
                c.editorial()
                    .save(
                        KIND,
                        "test-zwoegerbaan",
                        null,
                        null,
                        term("zwoegerbaan", "bedenktijd"),
                        "editor-a"));
    RevisionView inReview =
        inContent(c -> c.editorial().submit(draft.id(), draft.version(), "editor-a"));
    assertTrue(titles("zwoegerbaan").isEmpty(), "not while in review");
    assertThrows(
        WorkflowException.class,
        () ->
            inContent(
                c ->
                    c.editorial()
                        .approve(inReview.id(), inReview.version(), "editor-a", Instant.now())));
    inContent(
        c -> c.editorial().approve(inReview.id(), inReview.version(), "editor-b", Instant.now()));
    assertEquals(titles("bedenktijd"), titles("zwoegerbaan"));
  }

  @Test
  void aMeaningThatIsTheTermItselfOrAStopWordTermIsRefused() {
    RevisionView same =
        inContent(
            c ->
                c.editorial()
                    .save(KIND, "test-same", null, null, term("opvang", "Opvang"), "editor-a"));
    assertThrows(
        RuntimeException.class,
        () -> inContent(c -> c.editorial().submit(same.id(), same.version(), "editor-a")));
    RevisionView stop =
        inContent(
            c ->
                c.editorial()
                    .save(KIND, "test-stop", null, null, term("om", "openbaar"), "editor-a"));
    assertThrows(
        RuntimeException.class,
        () -> inContent(c -> c.editorial().submit(stop.id(), stop.version(), "editor-a")));
  }
}
