package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.model.AccessRoute;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.AreaScope;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.model.NearbyHelp;
import nl.wegwijzer.directory.model.NearbyOrganisation;
import nl.wegwijzer.directory.service.OrganisationRegistration;
import nl.wegwijzer.directory.service.OrganisationRegistration.AreaEntry;
import nl.wegwijzer.directory.service.OrganisationRegistration.PhoneEntry;
import nl.wegwijzer.directory.service.OrganisationRegistration.ServiceEntry;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden table of the tailored route's organisations ({@code golden/route-matching.txt}): for
 * each profile, the organisations the route must name for a need (in order where nearness matters)
 * and must not name, through the real route, directory and PostgreSQL, against a fixed fixture of
 * organisations ({@code golden/route-organisations.json}) instead of the demo data.
 */
class RouteMatchingGoldenTest extends ContentDatabaseTest {

  private static final String TONIGHT = "tonight";

  /** An organisation of the fixture; blank or missing profile fields mean every value. */
  public record FixtureOrganisation(
      String slug,
      String name,
      String languages,
      Boolean line24x7,
      String state,
      List<FixtureService> services) {}

  /**
   * A service of the fixture: codes separated by spaces; {@code area} is 'national',
   * 'region:&lt;code&gt;' or 'municipality:&lt;CBS code&gt;'.
   */
  public record FixtureService(
      String need, String area, String ages, String genders, String nationalities, String forms) {}

  /** One line of the golden table. */
  record Profile(
      String name,
      String age,
      String nationality,
      String form,
      String municipality,
      String gender,
      List<String> languages,
      boolean tonight,
      String need,
      List<String> must,
      List<String> mustNot) {

    @Override
    public String toString() {
      return name;
    }
  }

  private static List<FixtureOrganisation> fixture;

  @BeforeAll
  static void loadTheFixture() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create();
        Reader reader = reader("golden/route-organisations.json")) {
      fixture =
          jsonb.fromJson(
              reader, new ArrayList<FixtureOrganisation>() {}.getClass().getGenericSuperclass());
    }
    // Only the fixture: whatever other tests left in the directory would change the lists.
    TestDatabase.execute("delete from directory.organisation");
    inContent(
        c -> {
          var service = c.directory().organisationService();
          for (FixtureOrganisation organisation : fixture) {
            service.register(registration(organisation), false);
            if ("archived".equals(organisation.state())) {
              service.archive(service.find(organisation.slug()).orElseThrow());
            }
          }
          return null;
        });
  }

  @AfterAll
  static void removeTheFixture() {
    TestDatabase.execute("delete from directory.organisation");
  }

  static Stream<Arguments> profiles() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (BufferedReader reader = reader("golden/route-matching.txt")) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\\|", -1);
        assertEquals(11, cells.length, "eleven columns in: " + line);
        rows.add(
            Arguments.of(
                new Profile(
                    cells[0].strip(),
                    value(cells[1]),
                    value(cells[2]),
                    value(cells[3]),
                    value(cells[4]),
                    value(cells[5]),
                    list(cells[6]),
                    "yes".equals(value(cells[7])),
                    value(cells[8]),
                    list(cells[9]),
                    list(cells[10]))));
      }
    }
    assertTrue(rows.size() >= 30, "at least 30 profiles, found " + rows.size());
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void theRouteNamesTheOrganisationsThatFitNearestFirst(Profile profile) {
    RouteAnswer answer =
        inContent(
            c ->
                c.routes()
                    .route(
                        new RouteQuestions(
                            profile.age(),
                            profile.nationality(),
                            profile.form(),
                            null,
                            profile.municipality(),
                            profile.gender(),
                            profile.languages(),
                            profile.tonight())));
    NearbyHelp help;
    if (profile.need().equals(TONIGHT)) {
      help = answer.tonight();
      assertNotNull(help, "the route shows shelter first for tonight");
    } else {
      assertTrue(
          answer.help().stream().anyMatch(h -> h.need().equals(profile.need())),
          profile.need() + " is a need on the route");
      help = answer.helpFor(profile.need());
    }
    List<String> named = help.first().stream().map(NearbyOrganisation::slug).toList();
    assertTrue(named.size() <= RouteService.ORGANISATIONS_PER_NEED, named.toString());
    assertTrue(help.total() >= named.size(), "the count covers the names shown");
    assertTrue(
        inOrder(profile.must(), named),
        profile + ": must name " + profile.must() + " in this order, named " + named);
    for (String wrong : profile.mustNot()) {
      assertFalse(named.contains(wrong), profile + ": must not name " + wrong + ", named " + named);
    }
    Set<String> known = Set.copyOf(fixture.stream().map(FixtureOrganisation::slug).toList());
    for (String slug : profile.must()) {
      assertTrue(known.contains(slug), slug + " is in the fixture");
    }
    for (String slug : profile.mustNot()) {
      assertTrue(known.contains(slug), slug + " is in the fixture");
    }
  }

  /** Whether every one of {@code wanted} is in {@code named}, in the same order. */
  private static boolean inOrder(List<String> wanted, List<String> named) {
    int from = 0;
    for (String slug : wanted) {
      int at = named.subList(from, named.size()).indexOf(slug);
      if (at < 0) {
        return false;
      }
      from += at + 1;
    }
    return true;
  }

  private static OrganisationRegistration registration(FixtureOrganisation organisation) {
    return new OrganisationRegistration(
        organisation.slug(),
        organisation.name(),
        organisation.name() + ": an organisation of the route's golden test.",
        "https://" + organisation.slug() + ".example",
        "info@" + organisation.slug() + ".example",
        list(organisation.languages()),
        List.of(
            new PhoneEntry(
                "0118-000 100", "Algemeen", Boolean.TRUE.equals(organisation.line24x7()))),
        List.of(),
        organisation.services().stream().map(RouteMatchingGoldenTest::service).toList(),
        null);
  }

  private static ServiceEntry service(FixtureService service) {
    CareNeed need = Coded.parse(CareNeed.class, "need", service.need());
    return new ServiceEntry(
        need.code(),
        "Hulp: " + need.code(),
        need,
        AccessRoute.DIRECT,
        codes(AgeGroup.class, service.ages()),
        codes(Gender.class, service.genders()),
        codes(NationalityGroup.class, service.nationalities()),
        codes(ExploitationForm.class, service.forms()),
        area(service.area()),
        null,
        null);
  }

  private static AreaEntry area(String area) {
    if (area.equals("national")) {
      return new AreaEntry(AreaScope.NATIONAL, List.of(), List.of());
    }
    String[] kindAndCode = area.split(":", 2);
    return switch (kindAndCode[0]) {
      case "region" -> new AreaEntry(AreaScope.REGIONS, List.of(kindAndCode[1]), List.of());
      case "municipality" ->
          new AreaEntry(AreaScope.MUNICIPALITIES, List.of(), List.of(kindAndCode[1]));
      default -> throw new IllegalArgumentException("unknown area " + area);
    };
  }

  /** The values named, or every value of the type when none are named. */
  private static <E extends Enum<E> & Coded> Set<E> codes(Class<E> type, String codes) {
    if (codes == null || codes.isBlank()) {
      return EnumSet.allOf(type);
    }
    Set<E> values = EnumSet.noneOf(type);
    for (String code : codes.strip().split("\\s+")) {
      values.add(Coded.parse(type, type.getSimpleName(), code));
    }
    return values;
  }

  private static String value(String cell) {
    String value = cell.strip();
    return value.equals("-") ? null : value;
  }

  private static List<String> list(String cell) {
    String value = value(cell);
    return value == null
        ? List.of()
        : Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
  }

  private static BufferedReader reader(String resource) {
    InputStream in =
        Objects.requireNonNull(
            RouteMatchingGoldenTest.class.getClassLoader().getResourceAsStream(resource), resource);
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
