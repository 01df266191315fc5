package nl.wegwijzer.web.shared;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijzer.casework.bottleneck.Bottleneck;
import nl.wegwijzer.casework.bottleneck.BottleneckService;
import nl.wegwijzer.casework.knowledge.KnowledgeService;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.rules.RuleRefusal;
import nl.wegwijzer.content.service.FieldProblem;
import nl.wegwijzer.directory.service.AmbiguousPlaceException;
import nl.wegwijzer.directory.service.UnknownPlaceException;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * The one place where the screens' wording for invalid input is chosen, by the field the refusal
 * names: the domain says in English what is wrong (for the API); a screen shows a sentence its user
 * understands, from the bundles. FailureHandler uses it for every refusal that reaches a page.
 */
public final class ScreenProblems {

  /** The editors' texts, where the workflow's refusals are worded. */
  public static final String EDITORIAL_BUNDLE = "nl.wegwijzer.web.i18n.editorial";

  private static final Pattern TOO_LONG = Pattern.compile("is longer than (\\d+) characters");

  /**
   * The screens whose fields share names with others' but are worded in their own bundle, by view;
   * every other screen uses the casework or the general wording of {@link #describe(String,
   * String)}.
   */
  private static final Map<String, Function<InvalidInputException, String>> SCREENS =
      Map.of(
          "/views/coordinatie/bottlenecks.xhtml",
          problem ->
              BottleneckTexts.invalid(
                  "bottleneck.invalid.",
                  problem,
                  "observedOn".equals(problem.field())
                      ? BottleneckService.MAX_YEARS_BACK
                      : Bottleneck.MAX_DESCRIPTION_LENGTH),
          "/views/redactie/bottlenecks.xhtml",
          problem ->
              BottleneckTexts.invalid(
                  "bottleneck.invalid.overview.", problem, BottleneckService.MAX_OVERVIEW_MONTHS),
          "/views/coordinatie/network.xhtml",
          problem -> BottleneckTexts.invalid("network.invalid.", problem),
          "/views/coordinatie/knowledge.xhtml",
          problem ->
              BottleneckTexts.invalid(
                  "knowledge.invalid.", problem, KnowledgeService.MAX_YEARS_BACK),
          "/views/beheer/audit.xhtml",
          problem -> Labels.text("audit.invalid." + problem.field()));

  private ScreenProblems() {}

  /** A step the editorial workflow refused, in the editors' words (bundle {@code editorial}). */
  public static String describe(WorkflowException problem) {
    return Labels.text(editorial(), "workflow." + problem.reason().name());
  }

  /** The wording of the screen {@code viewId} (null: none in particular). */
  /** The problems of an editor's fields, one sentence each (bundle {@code editorial}). */
  public static String describe(List<FieldProblem> problems) {
    return String.join(" ", problems.stream().map(ScreenProblems::describe).toList());
  }

  /** One problem of an editor's field, naming the field as the form labels it. */
  public static String describe(FieldProblem problem) {
    return Labels.text(
        editorial(),
        "problem." + problem.problem(),
        editorialField(problem.field()),
        problem.limit());
  }

  /** An editor's field as the form labels it, else its name. */
  public static String editorialField(String name) {
    return editorial().containsKey("field." + name)
        ? Labels.text(editorial(), "field." + name)
        : name;
  }

  private static ResourceBundle editorial() {
    return ResourceBundle.getBundle(EDITORIAL_BUNDLE, Labels.locale());
  }

  public static String describe(String viewId, InvalidInputException problem) {
    Function<InvalidInputException, String> screen = viewId == null ? null : SCREENS.get(viewId);
    return screen == null ? describe(problem) : screen.apply(problem);
  }

  public static String describe(InvalidInputException problem) {
    if (problem instanceof RuleRefusal refusal) {
      return RuleTexts.refusal(refusal.answer());
    }
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
    return describe(problem.field(), problem.getMessage());
  }

  /** A message for one field, from the domain's English text. */
  public static String describe(String field, String message) {
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
    return CaseworkTexts.bundle().containsKey("problem." + field)
        ? CaseworkTexts.text("problem." + field)
        : Labels.text("problem.invalid", label(field));
  }

  /** The field as the filter form labels it ("Soort hulp"), else its parameter name. */
  private static String label(String field) {
    String key = "search." + field;
    // Only plain labels: "search.page" is a phrase with a placeholder, not a field's name.
    return Labels.bundle().containsKey(key) && !Labels.bundle().getString(key).contains("{")
        ? Labels.text(key)
        : field;
  }
}
