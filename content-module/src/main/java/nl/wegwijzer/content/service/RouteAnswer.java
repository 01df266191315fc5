package nl.wegwijzer.content.service;

import java.util.List;
import nl.wegwijzer.directory.service.MunicipalityView;

/**
 * A route through the guide tailored to one victim: every phase with its steps, and per step the
 * regulations that apply or may apply and the care needs whose organisations help. Nothing of it is
 * stored; the answers live in the URL.
 *
 * @param municipality the place the visitor gave, with its region; null when none was given. With
 *     the care needs it selects the organisations and the coordinator from the directory
 * @param openQuestions the questions not answered that some regulation on the route depends on
 */
public record RouteAnswer(
    Profile profile,
    MunicipalityView municipality,
    List<RoutePhase> phases,
    List<String> openQuestions) {

  public RouteAnswer {
    phases = List.copyOf(phases);
    openQuestions = List.copyOf(openQuestions);
  }

  /** The answers as codes; null where not given. */
  public record Profile(String age, String nationality, String form, String report) {}

  public record RoutePhase(String slug, String title, List<RouteStep> steps) {
    public RoutePhase {
      steps = List.copyOf(steps);
    }
  }

  /** A step on the route; {@code careNeeds} are directory care-need codes. */
  public record RouteStep(
      String slug,
      String title,
      String summary,
      List<RouteRegulation> regulations,
      List<String> careNeeds) {
    public RouteStep {
      regulations = List.copyOf(regulations);
      careNeeds = List.copyOf(careNeeds);
    }
  }

  /**
   * A regulation on the route.
   *
   * @param verdict applies | may-apply
   * @param dependsOn for may-apply: the questions ('age', 'nationality', 'form', 'report') whose
   *     answer decides it
   */
  public record RouteRegulation(
      String slug,
      String title,
      String summary,
      String legalBasis,
      String verdict,
      List<String> dependsOn) {
    public RouteRegulation {
      dependsOn = List.copyOf(dependsOn);
    }
  }
}
