package nl.wegwijzer.content.service;

/**
 * The answers for a tailored route as they arrive from a screen or the API, every one optional and
 * checked by {@link RouteService}.
 *
 * @param age minor | adult
 * @param nationality dutch | eu | non-eu
 * @param form sexual-domestic | sexual-cross-border | labour | criminal | forced-begging | organ |
 *     other
 * @param report yes | no | undecided: whether the victim reports to the police
 * @param municipality a municipality name (or CBS code or postcode), as people type it
 */
public record RouteQuestions(
    String age, String nationality, String form, String report, String municipality) {

  public static RouteQuestions none() {
    return new RouteQuestions(null, null, null, null, null);
  }
}
