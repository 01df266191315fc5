package nl.wegwijzer.casework.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.wegwijzer.casework.model.AccessAction;
import nl.wegwijzer.casework.model.AccessLogEntry;
import nl.wegwijzer.casework.model.SubjectType;
import nl.wegwijzer.casework.repository.AccessLogRepository;
import nl.wegwijzer.casework.service.AccessLog;
import nl.wegwijzer.casework.service.Actor;
import nl.wegwijzer.casework.service.ActorRegions;
import nl.wegwijzer.casework.testing.CaseworkDatabaseTest;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.Fixtures;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The regional network on PostgreSQL, each call in its own committed transaction. */
class PartnerServiceTest extends CaseworkDatabaseTest {

  private static final Actor BOTH = new Actor("coordinator-both", Set.of("zeeland", "utrecht"));

  private static <T> T inNetwork(Function<PartnerService, T> work) {
    return inCasework(
        c ->
            work.apply(
                new PartnerService(
                    new PartnerRepository(c.em()),
                    new ActorRegions(c.directory().places()),
                    c.directory().organisationService(),
                    new AccessLog(new AccessLogRepository(c.em()), CLOCK))));
  }

  private static PartnerEntry free(String region, String organisation, String contact) {
    return new PartnerEntry(
        region,
        null,
        organisation,
        contact,
        "Aandachtsfunctionaris mensenhandel",
        "0118 123 456",
        "J.Visser@Example.nl",
        LocalDate.of(2026, 2, 1),
        "Belt bij een signaal binnen een werkdag terug.");
  }

  private static List<AccessLogEntry> logOf(long id) {
    return inCasework(
        c -> new AccessLogRepository(c.em()).about(SubjectType.PARTNER, String.valueOf(id)));
  }

  @Test
  void theRegionsCoordinatorsShareItAndAnotherRegionFindsNothing() {
    PartnerView added =
        inNetwork(
            s -> s.add(ZEELAND, free("zeeland", "Politie Zeeland-West-Brabant", "J. Visser")));
    assertEquals("zeeland", added.regionCode());
    assertEquals("j.visser@example.nl", added.email(), "addresses are kept in lower case");
    assertNull(added.directorySlug());

    Actor colleague = new Actor("coordinator-zeeland-2", Set.of("zeeland"));
    assertEquals(added, inNetwork(s -> s.read(colleague, added.id())));

    assertThrows(NotFoundException.class, () -> inNetwork(s -> s.read(UTRECHT, added.id())));
    assertThrows(
        NotFoundException.class,
        () -> inNetwork(s -> s.search(UTRECHT, "zeeland", null, PageRequest.first(20), "network")));
    assertThrows(
        NotFoundException.class,
        () ->
            inNetwork(
                s -> s.correct(UTRECHT, added.id(), added.version(), free("utrecht", "X", null))));
    assertThrows(
        NotFoundException.class,
        () ->
            inNetwork(
                s -> {
                  s.remove(UTRECHT, added.id(), added.version());
                  return null;
                }));
    assertThrows(
        NotFoundException.class,
        () -> inNetwork(s -> s.add(ZEELAND, free("utrecht", "Niet mijn regio", null))));
    assertEquals(
        0,
        inNetwork(s -> s.search(UTRECHT, "utrecht", null, PageRequest.first(20), "network"))
            .totalItems());
  }

  @Test
  void searchFindsOrganisationContactOrRoleWithinTheRegionPagedByName() {
    inNetwork(s -> s.add(ZEELAND, free("zeeland", "Stichting Ontmoeting", "A. de Vries")));
    inNetwork(s -> s.add(ZEELAND, free("zeeland", "Arbeidsinspectie", "B. Jansen")));
    inNetwork(s -> s.add(BOTH, free("utrecht", "Arbeidsinspectie Utrecht", "C. Bakker")));

    Page<PartnerView> all =
        inNetwork(s -> s.search(ZEELAND, "zeeland", " ", PageRequest.first(20), "network"));
    assertEquals(
        List.of("Arbeidsinspectie", "Stichting Ontmoeting"),
        all.items().stream().map(PartnerView::organisationName).toList(),
        "by organisation name, only the region's");
    assertEquals(
        List.of("Stichting Ontmoeting"),
        inNetwork(s -> s.search(ZEELAND, "zeeland", "vries", PageRequest.first(20), "network"))
            .items()
            .stream()
            .map(PartnerView::organisationName)
            .toList(),
        "a contact person's name finds the partner");
    assertEquals(
        2,
        inNetwork(s -> s.search(ZEELAND, "zeeland", "MENSENHANDEL", PageRequest.first(20), "n"))
            .totalItems(),
        "the role too, in any case");
    assertEquals(
        0,
        inNetwork(s -> s.search(ZEELAND, "zeeland", "100%_", PageRequest.first(20), "n"))
            .totalItems(),
        "wildcards are taken literally");
    Page<PartnerView> second =
        inNetwork(s -> s.search(ZEELAND, "zeeland", null, new PageRequest(2, 1), "n"));
    assertEquals(2, second.totalItems());
    assertEquals("Stichting Ontmoeting", second.items().get(0).organisationName());
    assertEquals(
        2, inNetwork(s -> s.offeredForReferral(ZEELAND, "zeeland")).size(), "offered to refer");
  }

  @Test
  void everyLookIsLoggedAndRemovalDeletesTheContactPerson() {
    PartnerView added =
        inNetwork(s -> s.add(ZEELAND, free("zeeland", "Fier", "Contactpersoon Uniek-7Q")));
    inNetwork(s -> s.search(ZEELAND, "zeeland", null, PageRequest.first(20), "network"));
    inNetwork(s -> s.read(ZEELAND, added.id()));
    PartnerView corrected =
        inNetwork(
            s ->
                s.correct(
                    ZEELAND, added.id(), added.version(), free("zeeland", "Fier", "M. Smit")));
    assertEquals("M. Smit", corrected.contactName());
    assertEquals("coordinator-zeeland", corrected.changedBy());
    assertThrows(
        ConflictException.class,
        () ->
            inNetwork(
                s ->
                    s.correct(ZEELAND, added.id(), added.version(), free("zeeland", "Fier", "Z"))));

    inNetwork(
        s -> {
          s.remove(ZEELAND, corrected.id(), corrected.version());
          return null;
        });
    assertThrows(NotFoundException.class, () -> inNetwork(s -> s.read(ZEELAND, added.id())));
    assertEquals(
        Long.valueOf(0),
        TestDatabase.<Long>inTransaction(
            em ->
                ((Number)
                        em.createNativeQuery(
                                "select count(*) from casework.partner where contact_name is not null")
                            .getSingleResult())
                    .longValue()),
        "nothing of the contact person is left");
    List<AccessAction> actions =
        logOf(added.id()).stream().map(AccessLogEntry::action).sorted().toList();
    assertEquals(
        List.of(
            AccessAction.CREATE,
            AccessAction.READ,
            AccessAction.LIST,
            AccessAction.UPDATE,
            AccessAction.UPDATE),
        actions,
        "added, listed, read, corrected and removed: each in the log");
    assertTrue(logOf(added.id()).stream().allMatch(l -> l.actor().equals("coordinator-zeeland")));
  }

  @Test
  void anOrganisationOfTheDirectoryGivesItsNameAndBadInputIsRefused() {
    inCasework(
        c ->
            c.directory()
                .organisationService()
                .register(
                    Fixtures.organisation(
                        "test-netwerk-zeeland",
                        "Opvang Netwerk Zeeland",
                        "Categorale opvang",
                        Fixtures.service(
                            CareNeed.SHELTER,
                            Set.of(AgeGroup.ADULT),
                            Set.of(ExploitationForm.LABOUR),
                            Fixtures.national())),
                    false));
    PartnerView fromDirectory =
        inNetwork(
            s ->
                s.add(
                    ZEELAND,
                    new PartnerEntry(
                        "zeeland",
                        "test-netwerk-zeeland",
                        "",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)));
    assertEquals("Opvang Netwerk Zeeland", fromDirectory.organisationName());
    assertEquals("test-netwerk-zeeland", fromDirectory.directorySlug());

    assertEquals(
        "directorySlug",
        assertThrows(
                InvalidInputException.class,
                () ->
                    inNetwork(
                        s ->
                            s.add(
                                ZEELAND,
                                new PartnerEntry(
                                    "zeeland",
                                    "bestaat-niet",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null))))
            .field());
    for (PartnerEntry wrong :
        List.of(
            new PartnerEntry("zeeland", null, " ", null, null, null, null, null, null),
            new PartnerEntry("zeeland", null, "X", null, null, "bellen", null, null, null),
            new PartnerEntry("zeeland", null, "X", null, null, null, "geen-adres", null, null),
            new PartnerEntry(
                "zeeland", null, "X", null, null, null, null, LocalDate.now().plusDays(3), null))) {
      assertThrows(InvalidInputException.class, () -> inNetwork(s -> s.add(ZEELAND, wrong)));
    }
  }
}
