package nl.wegwijzer.web.coordinatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijzer.casework.model.Nationalities;
import nl.wegwijzer.web.shared.FacesRequest;
import nl.wegwijzer.web.shared.Language;
import org.junit.jupiter.api.Test;

/** Languages and nationalities are picked by name and kept as codes. */
class SpokenLanguagesTest {

  private final SpokenLanguages languages = new SpokenLanguages();

  @Test
  void everyLanguageHasADutchNameOnceInDutchOrder() {
    List<SpokenLanguages.Language> dutch = languages.list(Locale.forLanguageTag("nl"));
    Map<String, String> names =
        dutch.stream()
            .collect(
                Collectors.toMap(SpokenLanguages.Language::code, SpokenLanguages.Language::name));
    assertTrue(dutch.size() >= 180, "ISO 639-1 has 183 languages; " + dutch.size());
    assertEquals(dutch.size(), names.size(), "no code twice (he and iw are one)");
    assertEquals(
        dutch.size(), Set.copyOf(names.values()).size(), "no name twice: Hebreeuws once, not iw");
    assertEquals("Roemeens", names.get("ro"));
    assertEquals("Tigrinya", names.get("ti"));
    assertEquals("Arabisch", names.get("ar"));
    assertEquals("Nigeriaans Pidgin", names.get("pcm"));
    assertTrue(names.containsKey("he") && !names.containsKey("iw"));
    assertTrue(
        dutch.stream().allMatch(l -> Character.isUpperCase(l.name().charAt(0))),
        "a name starts with a capital in a list");
    int afrikaans = dutch.indexOf(new SpokenLanguages.Language("af", "Afrikaans"));
    int zulu = dutch.indexOf(new SpokenLanguages.Language("zu", "Zoeloe"));
    assertTrue(afrikaans >= 0 && zulu > afrikaans, "sorted by the Dutch name");
  }

  @Test
  void anEnglishPageNamesTheLanguagesInEnglish() {
    try (FacesRequest request = FacesRequest.in(Language.ENGLISH, Map.of())) {
      assertEquals("Romanian, English", languages.names("ro, en"));
      assertTrue(languages.getList().contains(new SpokenLanguages.Language("ro", "Romanian")));
    }
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of())) {
      assertEquals("Roemeens, Engels", languages.names("ro,en"));
      assertEquals("Tigrinya", languages.namesOf(List.of("ti")));
      assertEquals(List.of(), languages.codes(" "));
    }
  }

  @Test
  void theNationalitiesStartWithUnknownAndStateless() {
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of())) {
      List<CaseworkCodes.Country> nationalities = new CaseworkCodes().getNationalities();
      assertEquals(
          new CaseworkCodes.Country(Nationalities.UNKNOWN, "Onbekend"), nationalities.get(0));
      assertEquals(
          new CaseworkCodes.Country(Nationalities.STATELESS, "Staatloos"), nationalities.get(1));
      assertTrue(nationalities.contains(new CaseworkCodes.Country("RO", "Roemenië")));
      assertEquals("Staatloos", new CaseworkCodes().country("XX"));
    }
    try (FacesRequest request = FacesRequest.in(Language.ENGLISH, Map.of())) {
      assertEquals("Unknown", new CaseworkCodes().country("ZZ"));
    }
  }
}
