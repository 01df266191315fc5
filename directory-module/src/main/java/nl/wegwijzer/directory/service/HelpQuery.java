package nl.wegwijzer.directory.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * Whom a tailored route looks for help for, as codes from a screen or the API, checked by {@link
 * OrganisationDirectory#nearby}. Every value is optional.
 *
 * @param needs care-need codes ('legal-aid')
 * @param municipality a municipality name, CBS code or postcode; without one, only help offered
 *     everywhere in the country is found
 * @param forms form-of-exploitation codes: the person may have suffered several
 * @param languages the language codes the person speaks
 * @param urgent the person needs help tonight
 */
public record HelpQuery(
    List<String> needs,
    String municipality,
    String age,
    String gender,
    String nationality,
    List<String> forms,
    List<String> languages,
    boolean urgent) {

  public HelpQuery {
    needs = needs == null ? List.of() : List.copyOf(needs);
    forms = forms == null ? List.of() : List.copyOf(forms);
    languages = languages == null ? List.of() : List.copyOf(languages);
  }

  /**
   * The language codes as typed ('NL ', 'ti'), stripped, lower case, in the order given, without
   * blanks or repeats; an answer that is no ISO 639 code is refused as the question 'language'.
   * Callers that ask other questions too read this before the place, so a route refused only for
   * its place can be asked again without it.
   */
  public static List<String> languageCodes(List<String> typed) {
    LinkedHashSet<String> codes = new LinkedHashSet<>();
    for (String code : typed == null ? List.<String>of() : typed) {
      if (code == null || code.isBlank()) {
        continue;
      }
      String normalised = code.strip().toLowerCase(Locale.ROOT);
      if (!normalised.matches("^[a-z]{2,3}$")) {
        throw new InvalidInputException(
            "language", "use a language code such as 'nl', 'en' or 'ti'");
      }
      codes.add(normalised);
    }
    return List.copyOf(codes);
  }
}
