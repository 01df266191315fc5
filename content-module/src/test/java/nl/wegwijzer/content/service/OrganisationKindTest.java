package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.directory.service.OrganisationProfile;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * Organisation profiles through the editors' workflow against PostgreSQL: four eyes, the public
 * directory unchanged while a version is in review, publication of services and locations with the
 * verification date, confidential addresses never public, archiving, and the concurrent-edit
 * conflict.
 */
class OrganisationKindTest extends ContentDatabaseTest {

  private static final String A = "editor-a";
  private static final String B = "editor-b";
  private static final EditorialKind ORG = EditorialKind.ORGANISATION;
  private static final String SECRET_STREET = "Geheimstraat 7";

  private static Map<String, String> profile(String name, String serviceName) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("name", name);
    f.put("description", "<p>Hulp bij <strong>opvang</strong>.</p><script>alert(1)</script>");
    f.put("website", "https://test.example");
    f.put("languages", "nl, EN");
    f.put("phone.1.number", "+31 20 000 0000");
    f.put("phone.1.label", "Dag en nacht");
    f.put("phone.1.allDay", "true");
    f.put("location.1.name", "Kantoor");
    f.put("location.1.street", "Openbaarweg 1");
    f.put("location.1.postcode", "1012 AB");
    f.put("location.1.city", "Amsterdam");
    f.put("location.1.municipality", "GM0363");
    f.put("location.1.monday", "09:00-12:00, 13:00-17:00");
    f.put("location.3.name", "Opvanghuis");
    f.put("location.3.street", SECRET_STREET);
    f.put("location.3.postcode", "1013 CD");
    f.put("location.3.city", "Amsterdam");
    f.put("location.3.confidential", "true");
    f.put("service.1.name", serviceName);
    f.put("service.1.description", "Veilige opvang.");
    f.put("service.1.careNeed", "shelter");
    f.put("service.1.access", "via-coordinator");
    f.put("service.1.ageGroups", "adult");
    f.put("service.1.genders", "female, male");
    f.put("service.1.nationalities", "dutch, eu, non-eu");
    f.put("service.1.forms", "sexual-domestic, sexual-cross-border, labour");
    f.put("service.1.scope", "regions");
    f.put("service.1.regions", "amsterdam-amstelland");
    return f;
  }

  private static RevisionView create(String slug, Map<String, String> fields) {
    return inContent(c -> c.editorial().create(ORG, slug, fields, A));
  }

  private static RevisionView submit(RevisionView r, String editor) {
    return inContent(c -> c.editorial().submit(r.id(), r.version(), editor));
  }

  private static RevisionView approve(RevisionView r, String reviewer) {
    return inContent(c -> c.editorial().approve(r.id(), r.version(), reviewer, Instant.now()));
  }

  private static OrganisationProfile publicProfile(String slug) {
    return inContent(c -> c.directory().directory().profile(slug));
  }

  private static long publicHits(String text) {
    return inContent(
        c ->
            c.directory()
                .directory()
                .search(
                    new DirectoryQuery(text, null, null, null, null, null, null, null, null, null),
                    new PageRequest(1, 20))
                .totalItems());
  }

  private static long publicHitsForNeed(String need, String region) {
    return inContent(
        c ->
            c.directory()
                .directory()
                .search(
                    new DirectoryQuery(
                        null, need, region, null, null, null, null, null, null, null),
                    new PageRequest(1, 20))
                .totalItems());
  }

  @Test
  void aNewProfileIsPublicOnlyAfterASecondEditorApprovesIt() {
    RevisionView inReview = submit(create("test-opvang", profile("Test Opvang", "Opvang")), A);
    assertThrows(NotFoundException.class, () -> publicProfile("test-opvang"));

    assertEquals(
        WorkflowException.Reason.OWN_CHANGE,
        assertThrows(WorkflowException.class, () -> approve(inReview, A)).reason());
    assertThrows(NotFoundException.class, () -> publicProfile("test-opvang"));

    approve(inReview, B);
    OrganisationProfile profile = publicProfile("test-opvang");
    assertEquals("Test Opvang", profile.name());
    assertFalse(profile.description().contains("script"), profile.description());
    assertTrue(profile.description().contains("<strong>opvang</strong>"));
    assertEquals(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")), profile.lastVerifiedOn());
    assertEquals(java.util.List.of("en", "nl"), profile.languages());
    assertTrue(profile.has24x7Line());
    assertEquals(1, profile.services().size());
    assertEquals("shelter", profile.services().get(0).careNeed());
    assertEquals("amsterdam-amstelland", profile.services().get(0).regions().get(0).code());
    assertEquals(2, profile.locations().size(), "rows are renumbered: location 3 became 2");
    assertEquals(2, profile.locations().get(0).hours().size());
    assertEquals("Openbaarweg 1", profile.locations().get(0).street());
  }

  @Test
  void aConfidentialAddressNeverReachesThePublicProfileOrSearch() {
    approve(submit(create("test-geheim", profile("Test Geheim", "Opvang")), A), B);
    OrganisationProfile.LocationView shelter = publicProfile("test-geheim").locations().get(1);
    assertTrue(shelter.confidential());
    assertNull(shelter.street());
    assertNull(shelter.postcode());
    assertNull(shelter.city());
    assertFalse(publicProfile("test-geheim").toString().contains("Geheimstraat"));
    assertEquals(0, publicHits("Geheimstraat"));
    // The preview shows no location at all.
    RevisionPreview preview =
        inContent(c -> c.reading().preview(c.reading().history(ORG, "test-geheim").get(0).id()));
    assertFalse(preview.toString().contains("Geheimstraat"));
    // The editors keep the address in the version, for their own edit page.
    assertEquals(
        SECRET_STREET,
        inContent(c -> c.reading().editor(ORG, "test-geheim")).fields().get("location.2.street"));
  }

  @Test
  void thePublicProfileStaysUnchangedWhileTheNextVersionIsInReview() {
    approve(submit(create("test-live-org", profile("Test Live", "Opvang")), A), B);
    Map<String, String> changed = profile("Test Live", "Opvang");
    changed.put("description", "<p>Nieuwe beschrijving.</p>");
    changed.put("service.2.name", "Juridisch advies");
    changed.put("service.2.description", "Advies over verblijf.");
    changed.put("service.2.careNeed", "legal-aid");
    changed.put("service.2.access", "direct");
    changed.put("service.2.ageGroups", "adult, minor");
    changed.put("service.2.genders", "female, male, x");
    changed.put("service.2.nationalities", "non-eu");
    changed.put("service.2.forms", "labour");
    changed.put("service.2.scope", "national");
    RevisionView next =
        inContent(c -> c.editorial().save(ORG, "test-live-org", null, null, changed, A));
    RevisionView inReview = submit(next, A);

    assertEquals(1, publicProfile("test-live-org").services().size());
    assertFalse(publicProfile("test-live-org").description().contains("Nieuwe"));
    long legalAidBefore = publicHitsForNeed("legal-aid", "zeeland");
    long shelterBefore = publicHitsForNeed("shelter", "amsterdam-amstelland");
    assertEquals(0, publicHits("Nieuwe beschrijving"));

    approve(inReview, B);
    // The search finds the published version at once: the new national legal aid, the new words.
    assertEquals(legalAidBefore + 1, publicHitsForNeed("legal-aid", "zeeland"));
    assertEquals(1, publicHits("Nieuwe beschrijving"));
    assertEquals(shelterBefore, publicHitsForNeed("shelter", "amsterdam-amstelland"));
    OrganisationProfile after = publicProfile("test-live-org");
    assertEquals(2, after.services().size());
    assertEquals("legal-aid", after.services().get(1).careNeed());
    assertEquals("national", after.services().get(1).areaScope());
    assertTrue(after.description().contains("Nieuwe beschrijving"));
  }

  @Test
  void wrongValuesAreRefusedAtOnceAndMissingOnesAtSubmissionNamingTheRow() {
    Map<String, String> fields = profile("Test Onvolledig", "Opvang");
    fields.remove("service.1.careNeed");
    fields.put("phone.1.number", "bel ons");
    fields.put("location.1.tuesday", "17:00-09:00");
    InvalidFieldsException wrong =
        assertThrows(InvalidFieldsException.class, () -> create("test-onvolledig", fields));
    Map<String, String> problems = new LinkedHashMap<>();
    wrong.problems().forEach(p -> problems.put(p.field(), p.problem()));
    assertEquals("phone-format", problems.get("phone.1.number"));
    assertEquals("hours-format", problems.get("location.1.tuesday"));
    assertEquals("bel ons", wrong.yours().get("phone.1.number"), "the editor's text is kept");

    fields.put("phone.1.number", "020 000 0000");
    fields.put("location.1.tuesday", "09:00-17:00");
    RevisionView draft = create("test-onvolledig", fields);
    InvalidFieldsException incomplete =
        assertThrows(InvalidFieldsException.class, () -> submit(draft, A));
    assertEquals("service.1.careNeed", incomplete.problems().get(0).field());
    assertEquals("required", incomplete.problems().get(0).problem());
  }

  @Test
  void theSecondSaveOfTheSameVersionIsRefused() {
    RevisionView draft = create("test-conflict-org", profile("Test Conflict", "Opvang"));
    inContent(
        c ->
            c.editorial()
                .save(
                    ORG,
                    "test-conflict-org",
                    draft.id(),
                    draft.version(),
                    profile("Test Conflict door A", "Opvang"),
                    A));
    assertThrows(
        ConflictException.class,
        () ->
            inContent(
                c ->
                    c.editorial()
                        .save(
                            ORG,
                            "test-conflict-org",
                            draft.id(),
                            draft.version(),
                            profile("Test Conflict door B", "Opvang"),
                            B)));
    assertEquals(
        "Test Conflict door A",
        inContent(c -> c.reading().editor(ORG, "test-conflict-org")).fields().get("name"),
        "the first save stays");
  }

  @Test
  void archivingTakesTheProfileOutOfThePublicDirectory() {
    approve(submit(create("test-weg", profile("Test Wegwezen Unieknaam", "Opvang")), A), B);
    assertEquals(1, publicHits("Unieknaam"));
    inContent(
        c -> {
          c.editorial().archive(ORG, "test-weg", B, Instant.now());
          return null;
        });
    assertThrows(NotFoundException.class, () -> publicProfile("test-weg"));
    assertEquals(0, publicHits("Unieknaam"));
    assertNotNull(
        inContent(c -> c.reading().items(ORG, new PageRequest(1, 100))).items().stream()
            .filter(i -> i.slug().equals("test-weg"))
            .findFirst()
            .orElse(null));
  }
}
