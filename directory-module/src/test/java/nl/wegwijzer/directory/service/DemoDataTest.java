package nl.wegwijzer.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import org.junit.jupiter.api.Test;

/** The demo files load through the real services, and they cover the country as promised. */
class DemoDataTest extends DirectoryDatabaseTest {

  private static final Path DEMO = Path.of("../deploy/demo");

  private static List<OrganisationRegistration> demoOrganisations() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create();
        Reader reader =
            Files.newBufferedReader(DEMO.resolve("organisations.json"), StandardCharsets.UTF_8)) {
      return jsonb.fromJson(
          reader, new ArrayList<OrganisationRegistration>() {}.getClass().getGenericSuperclass());
    }
  }

  @Test
  void theDemoOrganisationsLoadAndCoverEveryRegionAndCareNeed() throws Exception {
    List<OrganisationRegistration> registrations = demoOrganisations();
    assertTrue(registrations.size() >= 60, "at least 60 demo organisations");
    inDirectory(
        d -> {
          registrations.forEach(r -> d.organisationService().register(r, true));
          return null;
        });
    for (var region : inDirectory(d -> d.places().regions())) {
      long served =
          inDirectory(
                  d ->
                      d.directory()
                          .search(
                              new DirectoryQuery(
                                  null,
                                  null,
                                  region.code(),
                                  null,
                                  null,
                                  null,
                                  null,
                                  null,
                                  null,
                                  null),
                              nl.wegwijzer.directory.support.PageRequest.first(1)))
              .totalItems();
      assertTrue(served >= 2, region.code() + " is served by at least two organisations");
    }
    for (CareNeed need : CareNeed.values()) {
      long offering =
          inDirectory(
                  d ->
                      d.directory()
                          .search(
                              new DirectoryQuery(
                                  null,
                                  need.code(),
                                  null,
                                  null,
                                  null,
                                  null,
                                  null,
                                  null,
                                  null,
                                  null),
                              nl.wegwijzer.directory.support.PageRequest.first(1)))
              .totalItems();
      assertTrue(offering >= 1, need + " is offered");
    }
  }

  @Test
  void shelterAddressesNeverLeaveTheProfile() throws Exception {
    theDemoOrganisationsLoadAndCoverEveryRegionAndCareNeed();
    List<String> shelters =
        inDirectory(
                d ->
                    d.directory()
                        .search(
                            new DirectoryQuery(
                                null, "shelter", null, null, null, null, null, null, null, null),
                            new nl.wegwijzer.directory.support.PageRequest(1, 100)))
            .items()
            .stream()
            .map(s -> s.slug())
            .toList();
    int confidential = 0;
    for (String slug : shelters) {
      OrganisationProfile profile = inDirectory(d -> d.directory().profile(slug));
      for (OrganisationProfile.LocationView location : profile.locations()) {
        if (location.confidential()) {
          confidential++;
          assertNull(location.street(), slug);
          assertNull(location.postcode(), slug);
          assertNull(location.city(), slug);
          assertEquals(List.of(), location.hours(), slug);
        }
      }
    }
    assertTrue(confidential > 0, "the demo data has confidential shelter locations");
  }

  @Test
  void openingHoursReadBackInWeekdayOrderMondayFirst() throws Exception {
    List<OrganisationRegistration> registrations = demoOrganisations();
    inDirectory(
        d -> {
          registrations.forEach(r -> d.organisationService().register(r, true));
          return null;
        });
    List<String> week =
        List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    int checked = 0;
    for (OrganisationRegistration registration : registrations) {
      OrganisationProfile profile = inDirectory(d -> d.directory().profile(registration.slug()));
      for (OrganisationProfile.LocationView location : profile.locations()) {
        List<Integer> days = location.hours().stream().map(h -> week.indexOf(h.day())).toList();
        assertEquals(days.stream().sorted().toList(), days, registration.slug());
        checked += days.size() > 2 ? 1 : 0;
      }
    }
    assertTrue(checked > 0, "locations with hours on several days were read");
  }

  @Test
  void theDemoCoordinatorsLoad() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create();
        Reader reader =
            Files.newBufferedReader(DEMO.resolve("coordinators.json"), StandardCharsets.UTF_8)) {
      CoordinationSetup setup = jsonb.fromJson(reader, CoordinationSetup.class);
      inDirectory(
          d -> {
            d.coordinationService().apply(setup, CoordinatorFinder.today());
            return null;
          });
    }
    assertTrue(
        inDirectory(d -> d.coordinatorFinder().find("Middelburg", null)).coordinators().size()
            == 1);
    assertTrue(
        inDirectory(d -> d.coordinatorFinder().find("Utrecht", null)).coordinators().size() == 1);
    assertTrue(inDirectory(d -> d.coordinatorFinder().find("Assen", null)).nationalFallback());
  }
}
