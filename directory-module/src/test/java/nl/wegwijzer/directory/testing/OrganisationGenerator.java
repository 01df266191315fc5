package nl.wegwijzer.directory.testing;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.wegwijzer.directory.model.AccessRoute;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.AreaScope;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.service.OrganisationRegistration;
import nl.wegwijzer.directory.service.OrganisationRegistration.AreaEntry;
import nl.wegwijzer.directory.service.OrganisationRegistration.HoursEntry;
import nl.wegwijzer.directory.service.OrganisationRegistration.LocationEntry;
import nl.wegwijzer.directory.service.OrganisationRegistration.PhoneEntry;
import nl.wegwijzer.directory.service.OrganisationRegistration.ServiceEntry;

/**
 * Makes any number of fictitious but realistic organisations for benchmarks: Dutch names and texts,
 * one to three services spread over the care needs, regional, local and national areas, languages
 * and opening hours. The same seed gives the same organisations.
 */
public final class OrganisationGenerator {

  private static final String[] KINDS = {
    "Stichting", "Centrum", "Huis", "Netwerk", "Steunpunt", "Coöperatie", "Praktijk", "Vereniging"
  };
  private static final String[] THEMES = {
    "Veilig Thuis", "De Brug", "Nieuw Begin", "Het Anker", "Vrije Vogel", "De Haven", "Lichtpunt",
    "Samen Sterk", "De Overstap", "Kompas", "Horizon", "Baken", "De Schakel", "Perspectief"
  };
  private static final String[] SENTENCES = {
    "Wij bieden laagdrempelige hulp aan slachtoffers van mensenhandel en uitbuiting.",
    "Onze medewerkers zijn getraind in traumasensitief werken.",
    "Aanmelden kan telefonisch of via de zorgcoördinator in de regio.",
    "We werken nauw samen met gemeenten, politie en opvanglocaties.",
    "Begeleiding is mogelijk in meerdere talen, zo nodig met een tolk.",
    "Wij helpen bij schulden, werk en een veilige woonplek.",
    "Juristen en advocaten adviseren over verblijf en aangifte.",
    "Voor jongeren is er een apart programma met intensieve begeleiding.",
    "Slachtoffers van arbeidsuitbuiting in de land- en tuinbouw vinden hier steun.",
    "Wij bieden psychosociale hulp en doorverwijzing naar gespecialiseerde traumazorg."
  };
  private static final String[] LANGUAGES = {
    "en", "pl", "ro", "bg", "ar", "ti", "es", "pt", "uk", "ru", "fr", "zh", "vi", "hu", "tr"
  };

  private final Random random;
  private final List<String> regionCodes;
  private final List<String> municipalityCodes;

  public OrganisationGenerator(
      long seed, List<String> regionCodes, List<String> municipalityCodes) {
    this.random = new Random(seed);
    this.regionCodes = List.copyOf(regionCodes);
    this.municipalityCodes = List.copyOf(municipalityCodes);
  }

  public List<OrganisationRegistration> generate(int count) {
    List<OrganisationRegistration> organisations = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      organisations.add(organisation(i));
    }
    return organisations;
  }

  private OrganisationRegistration organisation(int index) {
    String name = pick(KINDS) + " " + pick(THEMES) + " " + (index + 1);
    String slug = "gen-" + (index + 1) + "-" + nl.wegwijzer.directory.model.Slugs.from(name);
    StringBuilder description = new StringBuilder();
    for (int s = 0; s < 2 + random.nextInt(3); s++) {
      description.append(pick(SENTENCES)).append(' ');
    }
    List<String> languages = new ArrayList<>(List.of("nl"));
    for (int l = 0; l < random.nextInt(4); l++) {
      String language = pick(LANGUAGES);
      if (!languages.contains(language)) {
        languages.add(language);
      }
    }
    List<ServiceEntry> services = new ArrayList<>();
    for (int s = 0; s < 1 + random.nextInt(3); s++) {
      services.add(service());
    }
    String municipality = pick(municipalityCodes);
    boolean shelter = services.stream().anyMatch(s -> s.careNeed() == CareNeed.SHELTER);
    List<HoursEntry> hours = new ArrayList<>();
    if (!shelter) {
      for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
        hours.add(new HoursEntry(day, "09:00", random.nextBoolean() ? "17:00" : "16:30"));
      }
    }
    return new OrganisationRegistration(
        slug.length() > 120 ? slug.substring(0, 120).replaceAll("-+$", "") : slug,
        name,
        description.toString().strip(),
        "https://" + slug + ".example",
        "info@" + slug + ".example",
        languages,
        List.of(new PhoneEntry(String.format("088-000 %04d", index % 10000), "Algemeen", shelter)),
        List.of(
            new LocationEntry(
                shelter ? "Opvanglocatie" : "Kantoor",
                "Voorbeeldstraat " + (1 + random.nextInt(200)),
                String.format("%04d AB", 1000 + random.nextInt(8999)),
                "Plaats",
                municipality,
                shelter,
                hours)),
        services,
        null);
  }

  private ServiceEntry service() {
    CareNeed need = pick(CareNeed.values());
    int areaKind = random.nextInt(100);
    AreaEntry area;
    if (areaKind < 15) {
      area = new AreaEntry(AreaScope.NATIONAL, List.of(), List.of());
    } else if (areaKind < 75) {
      area =
          new AreaEntry(AreaScope.REGIONS, distinct(regionCodes, 1 + random.nextInt(2)), List.of());
    } else {
      area =
          new AreaEntry(
              AreaScope.MUNICIPALITIES,
              List.of(),
              distinct(municipalityCodes, 1 + random.nextInt(3)));
    }
    return new ServiceEntry(
        "Hulp: " + need.code().replace('-', ' '),
        pick(SENTENCES),
        need,
        pick(AccessRoute.values()),
        someOf(AgeGroup.values()),
        someOf(Gender.values()),
        someOf(NationalityGroup.values()),
        someOf(ExploitationForm.values()),
        area,
        null,
        null);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> List<T> distinct(List<T> values, int count) {
    List<T> chosen = new ArrayList<>();
    while (chosen.size() < count) {
      T value = pick(values);
      if (!chosen.contains(value)) {
        chosen.add(value);
      }
    }
    return chosen;
  }

  private <E extends Enum<E>> Set<E> someOf(E[] values) {
    Set<E> chosen = EnumSet.noneOf(values[0].getDeclaringClass());
    for (E value : values) {
      if (random.nextInt(100) < 70) {
        chosen.add(value);
      }
    }
    if (chosen.isEmpty()) {
      chosen.add(pick(values));
    }
    return chosen;
  }
}
