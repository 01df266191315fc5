package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.model.CoordinationPeriod;
import org.junit.jupiter.api.Test;

/**
 * Coordination points through the editors' workflow against PostgreSQL: four eyes, a version that
 * answers only from its day on while the one before ends the day before, the rule that history is
 * not rewritten; and coordinators' proposals of organisations, only for their own region.
 */
class CoordinationPointKindTest extends ContentDatabaseTest {

  private static final String A = "editor-a";
  private static final String B = "editor-b";
  private static final EditorialKind POINT = EditorialKind.COORDINATION_POINT;
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

  private static Map<String, String> point(String phone, LocalDate from) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("title", "Zeeland jongeren");
    f.put("national", "false");
    f.put("regions", "zeeland");
    f.put("covers", "below-split");
    f.put("splitAge", "23");
    f.put("organisation", "Jeugdzorgcoördinatie Zeeland");
    f.put("phone", phone);
    f.put("validFrom", from.toString());
    return f;
  }

  private static RevisionView submit(RevisionView r, String editor) {
    return inContent(c -> c.editorial().submit(r.id(), r.version(), editor));
  }

  private static RevisionView approve(RevisionView r, String reviewer) {
    return inContent(c -> c.editorial().approve(r.id(), r.version(), reviewer, Instant.now()));
  }

  private static Optional<String> phoneOn(String slug, LocalDate day) {
    return inContent(
        c ->
            c.directory()
                .coordinationService()
                .find(slug)
                .flatMap(p -> p.on(day))
                .map(CoordinationPeriod::contact)
                .map(contact -> contact.phone()));
  }

  @Test
  void aChangeIsLiveOnlyAfterASecondEditorAndOnlyFromItsDay() {
    String slug = "test-zeeland-jongeren";
    RevisionView first =
        submit(
            inContent(c -> c.editorial().create(POINT, slug, point("0118-000 100", JAN_1), A)), A);
    assertEquals(Optional.empty(), phoneOn(slug, JAN_1), "nothing before approval");
    assertThrows(WorkflowException.class, () -> approve(first, A), "no one approves their own");
    approve(first, B);
    assertEquals(Optional.of("0118-000 100"), phoneOn(slug, JAN_1));

    RevisionView change =
        submit(
            inContent(
                c ->
                    c.editorial().save(POINT, slug, null, null, point("0118-000 200", MARCH_1), A)),
            A);
    assertEquals(
        Optional.of("0118-000 100"), phoneOn(slug, MARCH_1), "in review: not yet for its day");
    approve(change, B);
    assertEquals(Optional.of("0118-000 100"), phoneOn(slug, MARCH_1.minusDays(1)));
    assertEquals(Optional.of("0118-000 200"), phoneOn(slug, MARCH_1));

    assertTrue(answers(slug, 22, MARCH_1), "22 is below a split at 23");
    boolean coversTwentyThree =
        inContent(
            c ->
                c.directory()
                    .coordinationService()
                    .find(slug)
                    .flatMap(p -> p.on(MARCH_1))
                    .orElseThrow()
                    .coversAge(23));
    assertFalse(coversTwentyThree, "23 is from the split on");

    InvalidFieldsException before =
        assertThrows(
            InvalidFieldsException.class,
            () ->
                submit(
                    inContent(
                        c ->
                            c.editorial()
                                .save(POINT, slug, null, null, point("0118-000 300", JAN_1), A)),
                    A));
    assertEquals("before-latest-version", before.problems().get(0).problem());
  }

  /** Whether the finder names the point for a victim of {@code age} in Middelburg on a day. */
  private static boolean answers(String slug, int age, LocalDate day) {
    return inContent(c -> c.directory().coordinatorFinder().find("Middelburg", age, "place", day))
        .coordinators()
        .stream()
        .anyMatch(v -> v.point().equals(slug));
  }

  @Test
  void anAgeBandWithoutSplitAgeAndANationalPointWithRegionsAreRefused() {
    Map<String, String> noSplit = point("0118-000 100", JAN_1);
    noSplit.remove("splitAge");
    InvalidFieldsException band =
        assertThrows(
            InvalidFieldsException.class,
            () -> submit(inContent(c -> c.editorial().create(POINT, "test-band", noSplit, A)), A));
    assertEquals("splitAge", band.problems().get(0).field());
    Map<String, String> national = point("0800-000 000", JAN_1);
    national.put("national", "true");
    national.put("covers", "all");
    national.remove("splitAge");
    InvalidFieldsException regions =
        assertThrows(
            InvalidFieldsException.class,
            () ->
                submit(
                    inContent(c -> c.editorial().create(POINT, "test-national", national, A)), A));
    assertEquals("regions", regions.problems().get(0).field());
  }

  private static Map<String, String> organisation(String region) {
    return OrganisationProposalsTest.profile("regions", region);
  }

  @Test
  void aCoordinatorProposesForTheirOwnRegionAndTheProposalWaitsForAnEditor() {
    WorkflowException elsewhere =
        assertThrows(
            WorkflowException.class,
            () ->
                inContent(
                    c ->
                        c.proposals()
                            .propose(
                                "test-inloop",
                                organisation("zeeland"),
                                null,
                                "coordinator-utrecht",
                                Set.of("utrecht"))));
    assertEquals(WorkflowException.Reason.NOT_YOUR_REGION, elsewhere.reason());

    RevisionView proposed =
        inContent(
            c ->
                c.proposals()
                    .propose(
                        "test-inloop",
                        organisation("zeeland"),
                        "De inloop is nieuw in Middelburg.",
                        "coordinator-zeeland",
                        Set.of("zeeland")));
    assertEquals("in-review", proposed.state());
    assertTrue(proposed.proposedByCoordinator());
    assertEquals("De inloop is nieuw in Middelburg.", proposed.fields().get("proposalNote"));
    assertEquals(
        List.of(proposed.id()),
        inContent(c -> c.proposals().sentBy("coordinator-zeeland")).stream()
            .map(RevisionView::id)
            .toList());
    assertTrue(
        inContent(c -> c.reading().dashboard(A)).waitingForMe().stream()
            .anyMatch(r -> r.slug().equals("test-inloop") && r.proposedByCoordinator()));
    assertFalse(
        inContent(c -> c.directory().organisationService().find("test-inloop")).isPresent(),
        "nothing public before an editor approves");
    approve(proposed, A);
    assertTrue(
        inContent(c -> c.directory().organisationService().find("test-inloop"))
            .orElseThrow()
            .isPublished());

    // The live profile serves Zeeland: Utrecht's coordinator cannot correct it, even by proposing
    // services in Utrecht.
    WorkflowException correction =
        assertThrows(
            WorkflowException.class,
            () ->
                inContent(
                    c ->
                        c.proposals()
                            .propose(
                                "test-inloop",
                                organisation("utrecht"),
                                null,
                                "coordinator-utrecht",
                                Set.of("utrecht"))));
    assertEquals(WorkflowException.Reason.NOT_YOUR_REGION, correction.reason());
  }
}
