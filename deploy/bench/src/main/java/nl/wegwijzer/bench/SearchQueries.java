package nl.wegwijzer.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.support.Coded;

/**
 * Distinct directory searches as visitors make them, for the benchmark: words (one or two, some the
 * colloquial or English words of the search terms, some naming a place), the filters alone and
 * combined, places by name and by postcode, sorting and later pages. Seeded, so every run asks the
 * same questions; many more of them than a node keeps answers for, so the figure measures the
 * database's work and not the node's memory.
 */
final class SearchQueries {

  private static final String[] WORDS = {
    "opvang",
    "advocaat",
    "tolk",
    "traumazorg",
    "schulden",
    "werk",
    "jongeren",
    "hulp",
    "begeleiding",
    "verblijf",
    "aangifte",
    "veilig",
    "psychosociale",
    "arbeidsuitbuiting",
    "tuinbouw",
    "zorgcoördinator",
    "juridisch",
    "medische",
    "huisarts",
    "terugkeer",
    "crisisopvang",
    "talen",
    "gemeenten",
    "politie",
    "slachtoffers",
    "mensenhandel",
    "uitbuiting",
    "laagdrempelige",
    "intensieve",
    "woonplek",
    "anker",
    "brug",
    "kompas",
    "horizon",
    "baken",
    "schakel",
    "perspectief",
    "haven",
    "lichtpunt",
    "stichting",
    "centrum",
    "netwerk",
    "steunpunt",
    "praktijk",
    "shelter",
    "lawyer",
    "interpreter",
    "loverboy",
    "debts",
    "ggz",
    "psycholoog",
    "asiel",
    "uitkering",
    "schuldhulp",
    "beschermd",
    "therapie",
    "tolken",
    "advocaten"
  };
  private static final String[] NEEDS = codes(CareNeed.values());
  private static final String[] AGES = codes(AgeGroup.values());
  private static final String[] GENDERS = codes(Gender.values());
  private static final String[] NATIONALITIES = codes(NationalityGroup.values());
  private static final String[] FORMS = codes(ExploitationForm.values());
  private static final String[] LANGUAGES = {"en", "pl", "ro", "bg", "ar", "ti", "es", "uk"};

  private final Random random;
  private final List<String> regions;
  private final List<String> places;
  private final List<String> postcodes;

  SearchQueries(long seed, List<String> regions, List<String> places, List<String> postcodes) {
    this.random = new Random(seed);
    this.regions = List.copyOf(regions);
    this.places = List.copyOf(places);
    this.postcodes = List.copyOf(postcodes);
  }

  /** {@code count} distinct paths of {@code GET /api/organisations}. */
  List<String> distinct(int count) {
    Set<String> paths = new LinkedHashSet<>();
    while (paths.size() < count) {
      paths.add(next());
    }
    return new ArrayList<>(paths);
  }

  private String next() {
    List<String> parameters = new ArrayList<>();
    int shape = random.nextInt(100);
    if (shape < 30) {
      parameters.add("q=" + words());
    } else if (shape < 40) {
      parameters.add("q=" + encode(pick(WORDS) + " " + place()));
    } else if (shape < 50) {
      parameters.add("need=" + pick(NEEDS));
      parameters.add("region=" + pick(regions));
    } else if (shape < 60) {
      parameters.add("need=" + pick(NEEDS));
      parameters.add("municipality=" + encode(place()));
    } else if (shape < 80) {
      parameters.add("q=" + words());
      filters(parameters, 1 + random.nextInt(2));
    } else {
      filters(parameters, 1 + random.nextInt(3));
      if (random.nextBoolean()) {
        parameters.add("region=" + pick(regions));
      }
    }
    if (random.nextInt(10) == 0) {
      parameters.add("sort=name");
    }
    if (random.nextInt(5) == 0) {
      parameters.add("page=" + (2 + random.nextInt(4)));
    }
    return "/api/organisations?" + String.join("&", parameters);
  }

  private void filters(List<String> parameters, int how) {
    List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
    java.util.Collections.shuffle(kinds, random);
    for (int kind : kinds.subList(0, how)) {
      parameters.add(
          switch (kind) {
            case 0 -> "need=" + pick(NEEDS);
            case 1 -> "age=" + pick(AGES);
            case 2 -> "gender=" + pick(GENDERS);
            case 3 -> "nationality=" + pick(NATIONALITIES);
            case 4 -> "form=" + pick(FORMS);
            default -> "language=" + pick(LANGUAGES);
          });
    }
  }

  private String words() {
    return encode(random.nextInt(3) == 0 ? pick(WORDS) + " " + pick(WORDS) : pick(WORDS));
  }

  /** A municipality's name, or one time in four a postcode. */
  private String place() {
    return random.nextInt(4) == 0 && !postcodes.isEmpty() ? pick(postcodes) : pick(places);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String[] codes(Coded[] values) {
    return Arrays.stream(values).map(Coded::code).toArray(String[]::new);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
