package nl.wegwijzer.web.shared;

import nl.wegwijzer.directory.service.AmbiguousPlaceException;
import nl.wegwijzer.directory.service.UnknownPlaceException;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * Dutch messages for invalid input that reaches a screen (the domain's messages are for the API).
 */
public final class ScreenProblems {

  private ScreenProblems() {}

  public static String describe(InvalidInputException problem) {
    if (problem instanceof AmbiguousPlaceException ambiguous) {
      return Labels.text(
          "coordinator.ambiguousPlace",
          ambiguous.typed(),
          String.join(Labels.text("list.or"), ambiguous.candidates()));
    }
    if (problem instanceof UnknownPlaceException place) {
      return place.isPostcode()
          ? Labels.text("coordinator.unknownPostcode", place.typed())
          : Labels.text("coordinator.unknownPlace", place.typed());
    }
    return Labels.text("problem.invalid", problem.field());
  }
}
