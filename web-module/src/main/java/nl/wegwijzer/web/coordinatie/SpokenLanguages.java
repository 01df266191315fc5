package nl.wegwijzer.web.coordinatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijzer.web.shared.Labels;

/**
 * The languages a coordinator picks by name and the casework stores as ISO 639 codes: every
 * two-letter code of ISO 639-1 the JDK knows, plus two languages of West Africa that only have a
 * three-letter code (Nigerian Pidgin, Edo). The names are the JDK's display names (its Unicode CLDR
 * data) in the page's language: Dutch on the Dutch pages, English on the English ones.
 */
@Named
@ApplicationScoped
public class SpokenLanguages {

  /** Languages without a two-letter code that a coordinator should still find by name. */
  static final List<String> THREE_LETTER = List.of("pcm", "bin");

  /** A language for a picker: its code and its name in the page's language. */
  public record Language(String code, String name) {}

  private final Map<Locale, List<Language>> lists = new ConcurrentHashMap<>();

  /** Every language, sorted by name in the page's language. */
  public List<Language> getList() {
    return list(Labels.locale());
  }

  List<Language> list(Locale in) {
    return lists.computeIfAbsent(
        in,
        locale ->
            Stream.concat(Arrays.stream(Locale.getISOLanguages()), THREE_LETTER.stream())
                // the JDK lists old codes too (iw, in, ji); a tag gives the current one (he, id,
                // yi)
                .map(code -> Locale.forLanguageTag(code).getLanguage())
                .distinct()
                .map(code -> new Language(code, name(code, locale)))
                .filter(language -> !language.name().equals(language.code()))
                .sorted(Comparator.comparing(Language::name, Collator.getInstance(locale)))
                .toList());
  }

  /** The name of a code in the page's language, or the code when the JDK has no name for it. */
  public String name(String code) {
    return code == null || code.isBlank() ? "" : name(code.strip(), Labels.locale());
  }

  /** The codes in a field's text as the form keeps it ("ro, en" or "ro,en"). */
  public List<String> codes(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[,;\\s]+")).filter(code -> !code.isBlank()).toList();
  }

  /** The names of the codes in a field's text as one line: "Roemeens, Engels". */
  public String names(String text) {
    return namesOf(codes(text));
  }

  public String namesOf(Collection<String> codes) {
    return codes.stream().map(this::name).collect(Collectors.joining(", "));
  }

  private static String name(String code, Locale in) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(in);
    return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(in) + name.substring(1);
  }
}
