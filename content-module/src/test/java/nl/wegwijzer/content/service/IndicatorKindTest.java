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
import nl.wegwijzer.content.model.ExploitationFormPage;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.repository.ExploitationFormPageRepository;
import nl.wegwijzer.content.repository.IndicatorThemeRepository;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.model.ExploitationForm;
import org.junit.jupiter.api.Test;

/**
 * The indicator list and the forms-of-exploitation pages through the editors' workflow against
 * PostgreSQL: the rows of a theme reach the public checklist only on approval, and exactly as
 * written (added, removed, reordered, their forms); four eyes on a form page.
 */
class IndicatorKindTest extends ContentDatabaseTest {

  private static final String A = "editor-a";
  private static final String B = "editor-b";
  private static final EditorialKind THEME = EditorialKind.INDICATOR_THEME;

  private static Map<String, String> theme(String title, String rows) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("position", "90");
    fields.put("title", title);
    fields.put("summary", "Samenvatting van " + title);
    fields.put("indicators", rows);
    return fields;
  }

  private static RevisionView publish(RevisionView draft) {
    RevisionView inReview =
        inContent(c -> c.editorial().submit(draft.id(), draft.version(), draft.lastEditor()));
    return inContent(
        c -> c.editorial().approve(inReview.id(), inReview.version(), B, Instant.now()));
  }

  /** The public checklist's rows of a theme: code, forms, text. */
  private static List<String> publicRows(String slug) {
    return inContent(
        c ->
            new IndicatorThemeRepository(c.em())
                .published().stream()
                    .filter(t -> t.slug().equals(slug))
                    .flatMap(t -> t.indicators().stream())
                    .map(i -> i.code() + " " + i.forms() + " " + i.text())
                    .toList());
  }

  @Test
  void aThemesRowsReachTheChecklistOnlyOnApproval() {
    RevisionView draft =
        inContent(
            c ->
                c.editorial()
                    .create(
                        THEME,
                        "test-afhankelijk",
                        theme(
                            "Afhankelijk",
                            "test-schuld | labour, sexual-domestic | Heeft een schuld bij de werkgever\n"
                                + "test-woning | | Woont bij de werkgever"),
                        A));
    assertEquals(List.of(), publicRows("test-afhankelijk"));
    publish(draft);
    assertEquals(
        List.of(
            "test-schuld [SEXUAL_DOMESTIC, LABOUR] Heeft een schuld bij de werkgever",
            "test-woning [] Woont bij de werkgever"),
        publicRows("test-afhankelijk"));

    // reorder, change a text and its forms, remove one, add one: public only after approval
    RevisionView next =
        inContent(
            c ->
                c.editorial()
                    .save(
                        THEME,
                        "test-afhankelijk",
                        null,
                        null,
                        theme(
                            "Afhankelijk",
                            "test-paspoort | criminal | Heeft het eigen paspoort niet\n"
                                + "test-schuld | labour | Heeft een hoge schuld bij de werkgever"),
                        A));
    assertEquals(2, publicRows("test-afhankelijk").size());
    assertTrue(publicRows("test-afhankelijk").get(1).startsWith("test-woning"));
    publish(next);
    assertEquals(
        List.of(
            "test-paspoort [CRIMINAL] Heeft het eigen paspoort niet",
            "test-schuld [LABOUR] Heeft een hoge schuld bij de werkgever"),
        publicRows("test-afhankelijk"));
  }

  @Test
  void badRowsAreNamedByTheirNumber() {
    InvalidFieldsException bad =
        assertThrows(
            InvalidFieldsException.class,
            () ->
                inContent(
                    c ->
                        c.editorial()
                            .create(
                                THEME,
                                "test-fout",
                                theme(
                                    "Fout",
                                    "Geen Code | labour | tekst\n"
                                        + "test-a | vliegen | tekst\n"
                                        + "test-a | | "),
                                A)));
    assertEquals(
        List.of(
            new FieldProblem("indicators", "row-code", 1),
            new FieldProblem("indicators", "row-form", 2),
            new FieldProblem("indicators", "row-code-twice", 3),
            new FieldProblem("indicators", "row-text", 3)),
        bad.problems());
  }

  @Test
  void aCodeOfAnotherThemeIsRefusedOnSubmit() {
    String taken =
        inContent(
            c ->
                new IndicatorThemeRepository(c.em()).published().get(0).indicators().get(0).code());
    RevisionView draft =
        inContent(
            c ->
                c.editorial()
                    .create(THEME, "test-dubbel", theme("Dubbel", taken + " | | Tekst"), A));
    InvalidFieldsException refused =
        assertThrows(
            InvalidFieldsException.class,
            () -> inContent(c -> c.editorial().submit(draft.id(), draft.version(), A)));
    assertEquals(List.of(new FieldProblem("indicators", "row-code-taken", 1)), refused.problems());
  }

  @Test
  void aFormPageNeedsASecondEditorAndKeepsItsEnglish() {
    ExploitationFormPage page =
        inContent(
            c ->
                new ExploitationFormPageRepository(c.em())
                    .findByForm(ExploitationForm.LABOUR)
                    .orElseThrow());
    String slug = page.slug();
    String oldTitle = page.title();
    try {
      Map<String, String> fields =
          inContent(c -> c.reading().editor(EditorialKind.FORM_PAGE, slug)).fields();
      Map<String, String> changed = new LinkedHashMap<>(fields);
      changed.put("title", "Arbeidsuitbuiting (herzien)");
      changed.put("titleEn", "Labour exploitation (revised)");
      RevisionView draft =
          inContent(c -> c.editorial().save(EditorialKind.FORM_PAGE, slug, null, null, changed, A));
      RevisionView inReview = inContent(c -> c.editorial().submit(draft.id(), draft.version(), A));
      WorkflowException own =
          assertThrows(
              WorkflowException.class,
              () ->
                  inContent(
                      c ->
                          c.editorial()
                              .approve(inReview.id(), inReview.version(), A, Instant.now())));
      assertEquals(WorkflowException.Reason.OWN_CHANGE, own.reason());
      assertEquals(oldTitle, livePage(slug).title());

      inContent(c -> c.editorial().approve(inReview.id(), inReview.version(), B, Instant.now()));
      ExploitationFormPage live = livePage(slug);
      assertEquals("Arbeidsuitbuiting (herzien)", live.title());
      assertEquals("Labour exploitation (revised)", live.titleEn());

      Map<String, String> other = new LinkedHashMap<>(changed);
      other.put("form", "sexual-domestic");
      RevisionView clash =
          inContent(c -> c.editorial().save(EditorialKind.FORM_PAGE, slug, null, null, other, A));
      InvalidFieldsException taken =
          assertThrows(
              InvalidFieldsException.class,
              () -> inContent(c -> c.editorial().submit(clash.id(), clash.version(), A)));
      assertEquals(List.of(FieldProblem.of("form", "form-taken")), taken.problems());
    } finally {
      inContent(
          c -> {
            ExploitationFormPage restored =
                new ExploitationFormPageRepository(c.em()).findBySlug(slug).orElseThrow();
            restored.rewrite(oldTitle, restored.summary(), restored.body());
            restored.translate(page.titleEn(), restored.summaryEn(), restored.bodyEn());
            return null;
          });
    }
    assertFalse(livePage(slug).title().contains("herzien"));
  }

  private static ExploitationFormPage livePage(String slug) {
    return inContent(
        c -> new ExploitationFormPageRepository(c.em()).findBySlug(slug).orElseThrow());
  }
}
