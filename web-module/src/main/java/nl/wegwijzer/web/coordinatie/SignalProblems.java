package nl.wegwijzer.web.coordinatie;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijzer.directory.service.AmbiguousPlaceException;
import nl.wegwijzer.directory.service.UnknownPlaceException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.web.shared.CaseworkTexts;
import nl.wegwijzer.web.shared.ScreenProblems;

/**
 * Dutch messages for what the casework services refuse: the domain names the field and says in
 * English what is wrong (for the API); the screens show a sentence a coordinator understands.
 */
final class SignalProblems {

  private static final Pattern TOO_LONG = Pattern.compile("is longer than (\\d+) characters");

  private SignalProblems() {}

  static String describe(InvalidInputException problem) {
    if (problem instanceof AmbiguousPlaceException || problem instanceof UnknownPlaceException) {
      return ScreenProblems.describe(problem);
    }
    return describe(problem.field(), problem.getMessage());
  }

  /** A message for one field, from the domain's English text. */
  static String describe(String field, String message) {
    String text = message == null ? "" : message;
    Matcher tooLong = TOO_LONG.matcher(text);
    if (tooLong.find()) {
      return CaseworkTexts.text("problem.tooLong", Integer.valueOf(tooLong.group(1)));
    }
    if (text.equals("is required")) {
      return CaseworkTexts.textOr("problem.required." + field, "problem.required");
    }
    if (text.equals("lies in the future")) {
      return CaseworkTexts.text("problem.future");
    }
    if ("municipality".equals(field) && text.contains("do not coordinate")) {
      return CaseworkTexts.text("problem.municipality.otherRegion");
    }
    if ("consentSignedBy".equals(field)) {
      if (text.startsWith("only consent")) {
        return CaseworkTexts.text("problem.consentSignedBy.notGiven");
      }
      if (text.startsWith("say who")) {
        return CaseworkTexts.text("problem.consentSignedBy.missing");
      }
      if (text.contains("fill in the age")) {
        return CaseworkTexts.text("problem.consentSignedBy.ageUnknown");
      }
      if (text.startsWith("below 16")) {
        return CaseworkTexts.text("problem.consentSignedBy.parent");
      }
      if (text.startsWith("from 16")) {
        return CaseworkTexts.text("problem.consentSignedBy.person");
      }
    }
    if ("organisation".equals(field) && text.contains("is archived")) {
      return CaseworkTexts.text("problem.organisation.archived");
    }
    if ("age".equals(field) && text.contains("does not match")) {
      return CaseworkTexts.text("problem.age.mismatch");
    }
    return CaseworkTexts.textOr("problem." + field, "problem.invalid");
  }
}
