package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.service.EditorialViews.BrokenLink;
import nl.wegwijzer.content.service.EditorialViews.DiffView;
import nl.wegwijzer.content.service.EditorialViews.FieldDiff;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.repository.AuditRepository;
import nl.wegwijzer.directory.service.AuditEntryView;
import nl.wegwijzer.directory.service.AuditQuery;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The editors' workflow against PostgreSQL, each call in its own transaction as in the server: four
 * eyes, the live row while the next version is reviewed, publication, scheduling, restore, diff,
 * the concurrent-edit conflict, the sanitiser, and that the public services only ever answer
 * published content.
 */
class EditorialWorkflowTest extends ContentDatabaseTest {

  private static final String A = "editor-a";
  private static final String B = "editor-b";
  private static final EditorialKind STEP = EditorialKind.STEP;

  private static Map<String, String> step(String title, String body, int position) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("phase", "signaleren");
    fields.put("position", Integer.toString(position));
    fields.put("title", title);
    fields.put("summary", "Samenvatting van " + title);
    fields.put("body", body);
    fields.put("careNeeds", "shelter, legal-aid");
    fields.put("regulations", "bedenktijd");
    return fields;
  }

  private static RevisionView create(String slug, Map<String, String> fields) {
    return inContent(c -> c.editorial().create(STEP, slug, fields, A));
  }

  private static RevisionView submit(RevisionView r, String editor) {
    return inContent(c -> c.editorial().submit(r.id(), r.version(), editor));
  }

  private static RevisionView approve(RevisionView r, String reviewer) {
    return inContent(c -> c.editorial().approve(r.id(), r.version(), reviewer, Instant.now()));
  }

  /** A new step written by A and published by B. */
  private static RevisionView published(String slug, String title, int position) {
    return approve(submit(create(slug, step(title, "<p>Eerste tekst.</p>", position)), A), B);
  }

  private static StepView publicStep(String slug) {
    return inContent(c -> c.guide().step(slug));
  }

  private static void assertNotPublic(String slug) {
    assertThrows(NotFoundException.class, () -> publicStep(slug));
  }

  @Test
  void noOneApprovesTheirOwnChangeAndAnotherEditorCan() {
    RevisionView inReview =
        submit(create("test-vier-ogen", step("Vier ogen", "<p>Tekst.</p>", 91)), A);
    assertEquals("in-review", inReview.state());

    WorkflowException own = assertThrows(WorkflowException.class, () -> approve(inReview, A));
    assertEquals(WorkflowException.Reason.OWN_CHANGE, own.reason());
    assertNotPublic("test-vier-ogen");

    RevisionView approved = approve(inReview, B);
    assertEquals("published", approved.state());
    assertEquals(B, approved.reviewer());
    assertEquals("Vier ogen", publicStep("test-vier-ogen").title());
  }

  @Test
  void anEditorWhoChangedSomeoneElsesDraftCannotApproveItEither() {
    RevisionView draft = create("test-twee-schrijvers", step("Twee", "<p>Tekst.</p>", 92));
    RevisionView changedByB =
        inContent(
            c ->
                c.editorial()
                    .save(
                        STEP,
                        "test-twee-schrijvers",
                        draft.id(),
                        draft.version(),
                        step("Twee!", "<p>Tekst.</p>", 92),
                        B));
    RevisionView inReview = submit(changedByB, A);
    assertEquals(
        WorkflowException.Reason.OWN_CHANGE,
        assertThrows(WorkflowException.class, () -> approve(inReview, A)).reason());
    assertEquals(
        WorkflowException.Reason.OWN_CHANGE,
        assertThrows(WorkflowException.class, () -> approve(inReview, B)).reason());
  }

  @Test
  void thePublishedItemStaysLiveUnchangedWhileItsNextVersionIsReviewed() {
    RevisionView first = published("test-live", "Live titel", 93);
    assertEquals(1, first.number());

    RevisionView next =
        inContent(
            c ->
                c.editorial()
                    .save(
                        STEP,
                        "test-live",
                        null,
                        null,
                        step("Nieuwe titel", "<p>Nieuwe tekst.</p>", 93),
                        A));
    assertEquals(2, next.number());
    RevisionView inReview = submit(next, A);
    assertEquals("Live titel", publicStep("test-live").title());
    assertEquals("<p>Eerste tekst.</p>", publicStep("test-live").body());
    assertTrue(
        inContent(c -> c.guide().phase("signaleren")).steps().stream()
            .anyMatch(s -> s.title().equals("Live titel")));

    approve(inReview, B);
    assertEquals("Nieuwe titel", publicStep("test-live").title());
    List<RevisionView> history = inContent(c -> c.reading().history(STEP, "test-live"));
    assertEquals(List.of(2, 1), history.stream().map(RevisionView::number).toList());
    assertEquals(
        List.of("published", "superseded"), history.stream().map(RevisionView::state).toList());
    assertEquals(List.of(A, A), history.stream().map(RevisionView::author).toList());
    assertEquals(List.of(B, B), history.stream().map(RevisionView::reviewer).toList());
  }

  @Test
  void editingSeedContentKeepsTheVersionBeforeTheWorkflowAsVersionOne() {
    String slug = "test-zaad";
    TestDatabase.execute(
        "insert into content.step (phase_id, position, slug, title, summary, body, state)"
            + " select id, 94, 'test-zaad', 'Zaad', 'Samenvatting', '<p>Oud.</p>', 'PUBLISHED'"
            + " from content.phase where slug = 'signaleren'");
    RevisionView draft =
        inContent(
            c ->
                c.editorial().save(STEP, slug, null, null, step("Zaad 2", "<p>Nieuw.</p>", 94), A));
    assertEquals(2, draft.number());
    List<RevisionView> history = inContent(c -> c.reading().history(STEP, slug));
    assertEquals("Zaad", history.get(1).fields().get("title"));
    assertEquals("published", history.get(1).state());
    assertEquals("Zaad", publicStep(slug).title());
  }

  @Test
  void scheduledPublicationAndUnpublicationHappenWhenTheirTimeHasCome() {
    Instant now = Instant.now();
    RevisionView draft = create("test-gepland", step("Gepland", "<p>Straks.</p>", 95));
    RevisionView scheduled =
        inContent(
            c ->
                c.editorial()
                    .schedule(
                        draft.id(),
                        draft.version(),
                        now.plus(Duration.ofHours(1)),
                        now.plus(Duration.ofHours(2)),
                        A,
                        now));
    RevisionView approved = approve(submit(scheduled, A), B);
    assertEquals("scheduled", approved.state());
    assertNotPublic("test-gepland");
    assertTrue(
        inContent(c -> c.reading().dashboard(A)).scheduled().stream()
            .anyMatch(r -> r.slug().equals("test-gepland")));

    assertEquals(
        0, (int) inContent(c -> c.editorial().publishDue(now.plus(Duration.ofMinutes(59)))));
    assertNotPublic("test-gepland");
    assertEquals(
        1, (int) inContent(c -> c.editorial().publishDue(now.plus(Duration.ofMinutes(61)))));
    assertEquals("Gepland", publicStep("test-gepland").title());

    assertEquals(
        1, (int) inContent(c -> c.editorial().publishDue(now.plus(Duration.ofMinutes(121)))));
    assertNotPublic("test-gepland");
    assertEquals(
        "archived", inContent(c -> c.reading().history(STEP, "test-gepland")).get(0).state());
    assertEquals(0, (int) inContent(c -> c.editorial().publishDue(now.plus(Duration.ofHours(3)))));
  }

  @Test
  void schedulingInThePastIsRefused() {
    Instant now = Instant.now();
    RevisionView draft = create("test-verleden", step("Verleden", "<p>x</p>", 96));
    assertEquals(
        WorkflowException.Reason.BAD_SCHEDULE,
        assertThrows(
                WorkflowException.class,
                () ->
                    inContent(
                        c ->
                            c.editorial()
                                .schedule(
                                    draft.id(),
                                    draft.version(),
                                    now.minusSeconds(60),
                                    null,
                                    A,
                                    now)))
            .reason());
  }

  @Test
  void anOldVersionIsRestoredAsANewDraft() {
    published("test-terug", "Eerste titel", 97);
    RevisionView second =
        approve(
            submit(
                inContent(
                    c ->
                        c.editorial()
                            .save(
                                STEP,
                                "test-terug",
                                null,
                                null,
                                step("Tweede titel", "<p>Eerste tekst.</p>", 97),
                                A)),
                A),
            B);
    RevisionView first = inContent(c -> c.reading().history(STEP, "test-terug")).get(1);
    assertEquals(1, first.number());

    RevisionView restored = inContent(c -> c.editorial().restore(first.id(), B));
    assertEquals(3, restored.number());
    assertEquals("draft", restored.state());
    assertEquals("Eerste titel", restored.fields().get("title"));
    assertEquals(B, restored.author());
    assertEquals("Tweede titel", publicStep("test-terug").title());
    assertEquals(
        WorkflowException.Reason.OPEN_VERSION_EXISTS,
        assertThrows(
                WorkflowException.class,
                () -> inContent(c -> c.editorial().restore(second.id(), A)))
            .reason());
  }

  @Test
  void theDiffShowsWhichWordsChangedFieldByField() {
    RevisionView first = published("test-verschil", "Hulp bij opvang", 98);
    Map<String, String> changed =
        step("Hulp bij veilige opvang", "<p>Eerste <a href=\"/zoeken\">tekst</a>.</p>", 98);
    RevisionView second =
        inContent(c -> c.editorial().save(STEP, "test-verschil", null, null, changed, A));

    DiffView diff = inContent(c -> c.reading().diff(first.id(), second.id()));
    FieldDiff title = field(diff, "title");
    assertTrue(title.changed());
    assertEquals(
        List.of(new WordDiff.Segment("Hulp bij opvang", WordDiff.Change.SAME)), title.left());
    assertEquals(
        List.of(
            new WordDiff.Segment("Hulp bij ", WordDiff.Change.SAME),
            new WordDiff.Segment("veilige ", WordDiff.Change.ADDED),
            new WordDiff.Segment("opvang", WordDiff.Change.SAME)),
        title.right());
    assertFalse(field(diff, "careNeeds").changed());
    FieldDiff body = field(diff, "body");
    assertTrue(body.changed());
    assertTrue(
        body.right().stream()
            .anyMatch(s -> s.change() == WordDiff.Change.ADDED && s.text().contains("(/zoeken)")),
        body.right().toString());
    assertEquals(
        "Eerste tekst.",
        String.join("", body.left().stream().map(WordDiff.Segment::text).toList()));
  }

  @Test
  void aStaleSaveIsRefusedAndTheNewerVersionStays() {
    RevisionView draft = create("test-botsing", step("Begin", "<p>Begin.</p>", 99));
    RevisionView byB =
        inContent(
            c ->
                c.editorial()
                    .save(
                        STEP,
                        "test-botsing",
                        draft.id(),
                        draft.version(),
                        step("Van B", "<p>B schreef dit.</p>", 99),
                        B));
    Map<String, String> fromA = step("Van A", "<p>A schreef dit.</p>", 99);
    fromA.put("titleEn", null);

    assertThrows(
        ConflictException.class,
        () ->
            inContent(
                c ->
                    c.editorial()
                        .save(STEP, "test-botsing", draft.id(), draft.version(), fromA, A)));
    // The edit screen fetches what is there now for its comparison; the editor's text stays in it.
    RevisionView current = inContent(c -> c.reading().editor(STEP, "test-botsing")).open();
    assertEquals(B, current.lastEditor());
    assertEquals("Van B", current.fields().get("title"));
    assertEquals(byB.version(), current.version());

    // Starting from the live item while someone else has started a version is refused as well.
    assertThrows(
        ConflictException.class,
        () -> inContent(c -> c.editorial().save(STEP, "test-botsing", null, null, fromA, A)));
    assertEquals(
        "Van B", inContent(c -> c.reading().editor(STEP, "test-botsing")).fields().get("title"));
  }

  @Test
  void scriptIsStrippedOnSaveAndOnApply() {
    String dirty =
        "<p>Hallo <img src=\"x\" onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">klik</a></p>"
            + "<script>alert(3)</script>";
    RevisionView draft = create("test-schoon", step("Schoon", dirty, 100));
    String saved = draft.fields().get("body");
    assertFalse(saved.contains("script"), saved);
    assertFalse(saved.contains("onerror"), saved);
    assertFalse(saved.contains("javascript"), saved);
    assertTrue(saved.contains("Hallo"), saved);

    // A version whose stored fields were tampered with is cleaned again when it is applied.
    TestDatabase.execute(
        "update content.revision set fields = jsonb_set(fields, '{body}',"
            + " to_jsonb('<p>Na</p><script>alert(4)</script><p onclick=\"x()\">klik</p>'::text))"
            + " where id = "
            + draft.id());
    TestDatabase.execute(
        "update content.revision set fields = jsonb_set(fields, '{bodyEn}',"
            + " to_jsonb('<p>In English</p><script>alert(5)</script>'::text))"
            + " where id = "
            + draft.id());
    RevisionView tampered = inContent(c -> c.reading().revision(draft.id()));
    approve(submit(tampered, A), B);
    String body = publicStep("test-schoon").body();
    assertFalse(body.contains("script"), body);
    assertFalse(body.contains("onclick"), body);
    assertEquals("<p>Na</p><p>klik</p>", body);
    String english = inContent(c -> c.steps().findBySlug("test-schoon").orElseThrow().bodyEn());
    assertEquals("<p>In English</p>", english);
  }

  @Test
  void thePublicServicesOnlyEverAnswerPublishedContent() {
    RevisionView draft =
        create(
            "test-zichtbaar",
            step("Zeldzaamwoordtitel", "<p>Zeldzaamwoordtekst staat hier.</p>", 101));
    assertNotPublic("test-zichtbaar");
    assertTrue(
        inContent(c -> c.search().search("Zeldzaamwoordtekst", new PageRequest(1, 10)))
            .items()
            .isEmpty());
    assertFalse(
        inContent(c -> c.guide().phase("signaleren")).steps().stream()
            .anyMatch(s -> s.slug().equals("test-zichtbaar")));

    RevisionView inReview = submit(draft, A);
    assertNotPublic("test-zichtbaar");
    approve(inReview, B);
    assertEquals("Zeldzaamwoordtitel", publicStep("test-zichtbaar").title());
    assertFalse(
        inContent(c -> c.search().search("Zeldzaamwoordtekst", new PageRequest(1, 10)))
            .items()
            .isEmpty());

    inContent(
        c -> {
          c.editorial().archive(STEP, "test-zichtbaar", A, Instant.now());
          return null;
        });
    assertNotPublic("test-zichtbaar");
    assertTrue(
        inContent(c -> c.search().search("Zeldzaamwoordtekst", new PageRequest(1, 10)))
            .items()
            .isEmpty());
    assertEquals(
        "archived", inContent(c -> c.reading().history(STEP, "test-zichtbaar")).get(0).state());
  }

  @Test
  void theDashboardShowsMyDraftsAndWhatWaitsForMyReview() {
    RevisionView draft = create("test-dashboard", step("Dashboard", "<p>x</p>", 102));
    assertTrue(
        inContent(c -> c.reading().dashboard(A)).myDrafts().stream()
            .anyMatch(r -> r.id() == draft.id()));
    submit(draft, A);
    assertTrue(
        inContent(c -> c.reading().dashboard(B)).waitingForMe().stream()
            .anyMatch(r -> r.id() == draft.id()));
    assertFalse(
        inContent(c -> c.reading().dashboard(A)).waitingForMe().stream()
            .anyMatch(r -> r.id() == draft.id()));
    assertTrue(
        inContent(c -> c.reading().items(STEP, new PageRequest(1, 100))).items().stream()
            .anyMatch(
                i ->
                    i.slug().equals("test-dashboard")
                        && "in-review".equals(i.openState())
                        && i.liveState() == null));
  }

  @Test
  void aVersionForReviewMustBeCompleteAndFieldsAreCheckedOneByOne() {
    Map<String, String> unfinished = new LinkedHashMap<>(step("Onaf", "", 103));
    unfinished.put("position", "drie");
    InvalidFieldsException wrongNumber =
        assertThrows(InvalidFieldsException.class, () -> create("test-onaf", unfinished));
    assertEquals(List.of(FieldProblem.of("position", "not-a-number")), wrongNumber.problems());
    assertEquals("Onaf", wrongNumber.yours().get("title"));

    unfinished.put("position", "103");
    RevisionView draft = create("test-onaf", unfinished);
    InvalidFieldsException incomplete =
        assertThrows(InvalidFieldsException.class, () -> submit(draft, A));
    assertEquals(List.of(FieldProblem.of("body", "required")), incomplete.problems());

    InvalidFieldsException taken =
        assertThrows(InvalidFieldsException.class, () -> create("herkennen-en-melden", unfinished));
    assertEquals(List.of(FieldProblem.of("slug", "slug-taken")), taken.problems());
  }

  @Test
  void brokenInternalLinksAreListed() {
    published("test-links-doel", "Doel", 104);
    approve(
        submit(
            create(
                "test-links",
                step(
                    "Links",
                    "<p><a href=\"/signaleren/test-links-doel\">goed</a>"
                        + " <a href=\"/rechten/bestaat-niet\">weg</a>"
                        + " <a href=\"/zoeken?q=x\">zoeken</a>"
                        + " <a href=\"/api/documents/signalenkaart-voorbeeld\">kaart</a>"
                        + " <a href=\"/api/documents/bestaat-niet\">geen kaart</a>"
                        + " <a href=\"/nergens\">nergens</a></p>",
                    105)),
            A),
        B);
    inContent(
        c -> {
          c.editorial().archive(STEP, "test-links-doel", B, Instant.now());
          return null;
        });
    List<BrokenLink> broken =
        inContent(c -> c.links().brokenLinks(path -> path.equals("/zoeken"))).stream()
            .filter(l -> l.slug().equals("test-links"))
            .toList();
    assertEquals(
        List.of(
            new BrokenLink("step", "test-links", "/signaleren/test-links-doel", "archived"),
            new BrokenLink("step", "test-links", "/rechten/bestaat-niet", "missing"),
            new BrokenLink("step", "test-links", "/api/documents/bestaat-niet", "missing"),
            new BrokenLink("step", "test-links", "/nergens", "missing")),
        broken);
  }

  @Test
  void everyEditorialActionIsInTheAuditTrail() {
    RevisionView rejected =
        inContent(
            c -> {
              RevisionView r = submit(create("test-logboek", step("Logboek", "<p>x</p>", 106)), A);
              return c.editorial().reject(r.id(), r.version(), B, "Bron ontbreekt");
            });
    assertEquals("draft", rejected.state());
    assertEquals("Bron ontbreekt", rejected.reviewNote());
    approve(submit(rejected, A), B);

    List<AuditEntryView> lines =
        inContent(
                c ->
                    new AuditTrail(new AuditRepository(c.em()))
                        .search(
                            new AuditQuery(null, "step test-logboek", null, null, null),
                            new PageRequest(1, 20)))
            .items();
    assertEquals(
        List.of("published", "approved", "submitted", "rejected", "submitted", "draft-saved"),
        lines.stream().map(AuditEntryView::action).toList());
    assertEquals(List.of(B, B, A, B, A, A), lines.stream().map(AuditEntryView::actor).toList());
    assertEquals("v1: Bron ontbreekt", lines.get(3).details());
  }

  @Test
  void otherKindsGoThroughTheSameWorkflowWithTheirEnglishText() {
    Map<String, String> faq = new LinkedHashMap<>();
    faq.put("position", "90");
    faq.put("question", "Is dit een testvraag?");
    faq.put("answer", "<p>Ja.</p>");
    faq.put("questionEn", "Is this a test question?");
    faq.put("answerEn", "<p>Yes.</p><script>x()</script>");
    RevisionView draft =
        inContent(c -> c.editorial().create(EditorialKind.FAQ, "test-vraag", faq, A));
    approve(submit(draft, A), B);
    var entry = inContent(c -> c.faq().findBySlug("test-vraag").orElseThrow());
    assertTrue(entry.isPublished());
    assertEquals("Is this a test question?", entry.questionEn());
    assertEquals("<p>Yes.</p>", entry.answerEn());
    assertNull(inContent(c -> c.reading().editor(EditorialKind.FAQ, "test-vraag")).open());
  }

  private static FieldDiff field(DiffView diff, String name) {
    return diff.fields().stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
  }
}
