package nl.wegwijzer.web.beheer;

import java.util.MissingResourceException;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.security.UserAdminException;
import nl.wegwijzer.web.shared.Labels;

/** Dutch messages for what the user management could not do. */
final class BeheerProblems {

  private BeheerProblems() {}

  static String describe(RuntimeException problem) {
    if (problem instanceof UserAdminException refused) {
      return switch (refused.reason()) {
        case UNAVAILABLE -> Labels.text("beheer.problem.unavailable");
        case DUPLICATE -> Labels.text("beheer.problem.duplicate");
        case NOT_FOUND -> Labels.text("beheer.problem.notFound");
        case REFUSED -> Labels.text("beheer.problem.refused", refused.getMessage());
      };
    }
    if (problem instanceof ConflictException) {
      return Labels.text("beheer.problem.concurrent");
    }
    if (problem instanceof NotFoundException) {
      return Labels.text("beheer.problem.notFound");
    }
    if (problem instanceof InvalidInputException invalid) {
      try {
        return Labels.text("beheer.invalid." + invalid.field());
      } catch (MissingResourceException noMessage) {
        return Labels.text("problem.invalid", invalid.field());
      }
    }
    throw problem;
  }

  /** What the user management refused: the message, and the field it is about (or null). */
  record Refusal(String message, String field) {}

  /**
   * Runs a change; answers what the user management refused (invalid, not found, changed meanwhile,
   * Keycloak), or null when it was done.
   */
  static Refusal refusal(Runnable change) {
    try {
      change.run();
      return null;
    } catch (UserAdminException | InvalidInputException | NotFoundException | ConflictException e) {
      return new Refusal(describe(e), field(e));
    }
  }

  /** The field a problem is about, for a message beside it; null when it is about no field. */
  static String field(RuntimeException problem) {
    return problem instanceof InvalidInputException invalid ? invalid.field() : null;
  }
}
