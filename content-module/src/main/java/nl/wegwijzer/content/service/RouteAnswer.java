package nl.wegwijzer.content.service;

import java.time.LocalDate;
import java.util.List;
import nl.wegwijzer.directory.model.NearbyHelp;
import nl.wegwijzer.directory.service.MunicipalityView;

/**
 * A route through the guide tailored to one victim: every phase with its steps, and per step the
 * regulations that apply or may apply and the care needs whose organisations help. Nothing of it is
 * stored; the answers live in the URL.
 *
 * @param municipality the place the visitor gave, with its region; null when none was given. With
 *     the care needs it selects the organisations and the coordinator from the directory
 * @param openQuestions the questions not answered that some regulation on the route depends on
 * @param on the day whose rule versions the route uses
 * @param help per care need on the route (in the order the steps name them), the organisations that
 *     fit the profile, nearest first; without a municipality only national ones
 * @param tonight for a person who needs a safe place tonight: the shelters that fit, those with a
 *     line open day and night first; null when not asked
 */
public record RouteAnswer(
    LocalDate on,
    Profile profile,
    MunicipalityView municipality,
    List<RoutePhase> phases,
    List<String> openQuestions,
    List<NearbyHelp> help,
    NearbyHelp tonight) {

  public RouteAnswer {
    phases = List.copyOf(phases);
    openQuestions = List.copyOf(openQuestions);
    help = List.copyOf(help);
  }

  /**
   * The answers as codes; null (or empty, or false) where not given.
   *
   * @param languages the languages the person speaks
   * @param tonight whether the person needs a safe place to sleep tonight
   */
  public record Profile(
      String age,
      String nationality,
      String form,
      String report,
      String gender,
      List<String> languages,
      boolean tonight) {
    public Profile {
      languages = List.copyOf(languages);
    }
  }

  /** The organisations for one care need on the route; none fit: an empty list. */
  public NearbyHelp helpFor(String need) {
    return help.stream()
        .filter(h -> h.need().equals(need))
        .findFirst()
        .orElse(new NearbyHelp(need, List.of(), 0));
  }

  public record RoutePhase(String slug, String title, List<RouteStep> steps) {
    public RoutePhase {
      steps = List.copyOf(steps);
    }
  }

  /**
   * A step on the route; {@code careNeeds} are directory care-need codes.
   *
   * @param regulations the ones that apply or may apply
   * @param notApplying the ones that do not apply, each with why: shown on request
   * @param inDutchOnly an English reader gets the Dutch title and summary (no English yet)
   */
  public record RouteStep(
      String slug,
      String title,
      String summary,
      List<RouteRegulation> regulations,
      List<RouteRegulation> notApplying,
      List<String> careNeeds,
      boolean inDutchOnly) {
    public RouteStep {
      regulations = List.copyOf(regulations);
      notApplying = List.copyOf(notApplying);
      careNeeds = List.copyOf(careNeeds);
    }
  }

  /**
   * A regulation on the route, with why.
   *
   * @param legalBasis the legal basis of the rule version used
   * @param verdict applies | may-apply | does-not-apply
   * @param dependsOn for may-apply: the questions ('age', 'nationality', 'form', 'report') whose
   *     answer decides it
   * @param reasonKey what decided it (see {@link nl.wegwijzer.content.rules.RuleAnswer})
   * @param reasons one per condition of the rule version
   * @param ruleVersion the label of the rule version valid on the route's day
   * @param checkedOn the day the rule was last checked against the law; null if never
   */
  public record RouteRegulation(
      String slug,
      String title,
      String summary,
      String legalBasis,
      String verdict,
      List<String> dependsOn,
      String reasonKey,
      List<RouteReason> reasons,
      String ruleVersion,
      LocalDate checkedOn,
      boolean inDutchOnly) {
    public RouteRegulation {
      dependsOn = List.copyOf(dependsOn);
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * One condition of a regulation: the answer to {@code question} must be one of {@code allowed}.
   *
   * @param answer the answer given, null when none
   * @param outcome holds | fails | open
   */
  public record RouteReason(String question, List<String> allowed, String answer, String outcome) {
    public RouteReason {
      allowed = List.copyOf(allowed);
    }
  }
}
