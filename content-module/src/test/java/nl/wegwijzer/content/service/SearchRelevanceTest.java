package nl.wegwijzer.content.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.service.CoordinationSetup;
import nl.wegwijzer.directory.service.CoordinatorFinder;
import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.directory.service.OrganisationRegistration;
import nl.wegwijzer.directory.service.PlaceInText;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relevance set (test resource {@code relevance/search-relevance.tsv}) against the seed content
 * and the demo data, searched as the screens search: precision@3 must be 0.9 or more.
 */
class SearchRelevanceTest extends ContentDatabaseTest {

  private static final Path DEMO = Path.of("../deploy/demo");
  private static final int TOP = 3;

  private record Case(String query, String where, String expected) {}

  @BeforeAll
  static void loadTheDemoData() throws Exception {
    emptyTheDirectory();
    try (Jsonb jsonb = JsonbBuilder.create()) {
      List<OrganisationRegistration> organisations;
      try (Reader reader =
          Files.newBufferedReader(DEMO.resolve("organisations.json"), StandardCharsets.UTF_8)) {
        organisations =
            jsonb.fromJson(
                reader,
                new ArrayList<OrganisationRegistration>() {}.getClass().getGenericSuperclass());
      }
      CoordinationSetup coordinators;
      try (Reader reader =
          Files.newBufferedReader(DEMO.resolve("coordinators.json"), StandardCharsets.UTF_8)) {
        coordinators = jsonb.fromJson(reader, CoordinationSetup.class);
      }
      inContent(
          c -> {
            organisations.forEach(o -> c.directory().organisationService().register(o, true));
            c.directory().coordinationService().apply(coordinators, CoordinatorFinder.today());
            return null;
          });
    }
    try (Reader reader =
        Files.newBufferedReader(DEMO.resolve("pc4-demo.csv"), StandardCharsets.UTF_8)) {
      inContent(c -> c.directory().postcodeImport().apply(reader));
    }
    inContent(
        c -> {
          c.suggestions().refresh();
          return null;
        });
  }

  @AfterAll
  static void emptyTheDirectory() {
    TestDatabase.execute(
        "delete from directory.organisation",
        "delete from directory.coordination_point",
        "delete from directory.postcode_area",
        "refresh materialized view content.search_vocabulary");
  }

  @Test
  void atLeastNineInTenQueriesFindTheirResultAmongTheFirstThree() throws Exception {
    List<Case> cases = cases();
    assertTrue(cases.size() >= 50, "at least 50 queries");
    int found = 0;
    StringBuilder report = new StringBuilder();
    for (Case c : cases) {
      List<String> top = top(c);
      boolean hit = top.contains(c.expected());
      found += hit ? 1 : 0;
      report.append(
          String.format(
              Locale.ROOT,
              "%s %-24s %-13s %-50s %s%n",
              hit ? "ok  " : "MISS",
              c.query(),
              c.where(),
              c.expected(),
              top));
    }
    double precision = (double) found / cases.size();
    System.out.printf(
        Locale.ROOT,
        "%sprecision@3 = %.3f (%d of %d queries)%n",
        report,
        precision,
        found,
        cases.size());
    assertTrue(precision >= 0.9, report + "precision@3 " + precision);
  }

  private static List<String> top(Case c) {
    return inContent(
        content -> {
          Optional<String> suggestion = content.suggestions().correction(c.query());
          List<String> top = top(content, c.where(), c.query());
          if (top.isEmpty() && suggestion.isPresent()) {
            top = top(content, c.where(), suggestion.get());
          }
          return top;
        });
  }

  /** The first results, as the screen shows them: the guide without the place's words. */
  private static List<String> top(Content content, String where, String text) {
    Optional<PlaceInText> place = content.directory().directory().placeIn(text);
    return switch (where) {
      case "guide" -> {
        String words = place.map(PlaceInText::rest).orElse(text);
        yield words.isBlank()
            ? List.of()
            : content.search().search(words, PageRequest.first(TOP)).items().stream()
                .map(hit -> hit.kind() + ":" + hit.slug())
                .toList();
      }
      case "organisations" ->
          content
              .directory()
              .directory()
              .search(
                  new DirectoryQuery(text, null, null, null, null, null, null, null, null, null),
                  PageRequest.first(TOP))
              .items()
              .stream()
              .map(OrganisationSummary::slug)
              .toList();
      case "coordinator" ->
          place
              .map(
                  p ->
                      content
                          .directory()
                          .coordinatorFinder()
                          .find(p.match().municipality().cbsCode(), null)
                          .municipality()
                          .regionCode())
              .map(List::of)
              .orElse(List.of());
      default -> throw new IllegalArgumentException("unknown part: " + where);
    };
  }

  private static List<Case> cases() throws Exception {
    List<Case> cases = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    SearchRelevanceTest.class.getResourceAsStream(
                        "/relevance/search-relevance.tsv")),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        cases.add(new Case(parts[0], parts[1], parts[2]));
      }
    }
    return cases;
  }
}
