package nl.wegwijzer.directory.service;

import java.util.List;

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
}
