package nl.wegwijzer.content.service;

import java.util.List;

/**
 * The answers for a tailored route as they arrive from a screen or the API, every one optional and
 * checked by {@link RouteService}.
 *
 * @param age minor | adult
 * @param nationality dutch | eu | non-eu
 * @param form a form of exploitation (its code, e.g. labour)
 * @param report yes | no | undecided: whether the victim reports to the police
 * @param municipality a municipality name (or CBS code or postcode), as people type it
 * @param gender female | male | x: only organisations whose service is for this gender
 * @param languages language codes the person speaks: only organisations that speak one of them
 * @param tonight whether the person needs a safe place to sleep tonight: shelter and the lines open
 *     day and night come first
 */
public record RouteQuestions(
    String age,
    String nationality,
    String form,
    String report,
    String municipality,
    String gender,
    List<String> languages,
    boolean tonight) {

  public RouteQuestions {
    languages =
        languages == null
            ? List.of()
            : languages.stream().filter(l -> l != null && !l.isBlank()).toList();
  }

  /** The first questions only, without the optional extra ones. */
  public RouteQuestions(
      String age, String nationality, String form, String report, String municipality) {
    this(age, nationality, form, report, municipality, null, List.of(), false);
  }

  public static RouteQuestions none() {
    return new RouteQuestions(null, null, null, null, null);
  }
}
