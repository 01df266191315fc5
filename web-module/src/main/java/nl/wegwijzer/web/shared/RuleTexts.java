package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import nl.wegwijzer.content.rules.RuleAnswer;
import nl.wegwijzer.content.service.RouteAnswer.RouteReason;
import nl.wegwijzer.content.service.RouteAnswer.RouteRegulation;

/**
 * Why a regulation applies, may apply or does not, in the page's language, generated from the
 * conditions of the rule version that decided it: the route's sentences and the case page's refusal
 * of a reflection period. No sentence names a particular regulation.
 */
@Named
@ApplicationScoped
public class RuleTexts {

  /** "Applies because you said: nationality: outside the EU; report: no." and its kin. */
  public String because(RouteRegulation regulation) {
    return because(regulation.reasonKey(), regulation.reasons(), true);
  }

  /** The rule version, its legal basis and the day it was last checked against the law. */
  public String ruleLine(RouteRegulation regulation) {
    return ruleLine(regulation.ruleVersion(), regulation.checkedOn());
  }

  /** The same for a regulation's page: its version of today; empty without a version. */
  public String ruleLine(String ruleVersion, LocalDate checkedOn) {
    if (ruleVersion == null) {
      return "";
    }
    String checked =
        checkedOn == null
            ? Labels.text("rule.neverChecked")
            : Labels.text("rule.checkedOn", day(checkedOn));
    return Labels.text("rule.version", ruleVersion) + " " + checked;
  }

  /** The case page's message when the rules refuse a reflection period. */
  public static String refusal(RuleAnswer answer) {
    List<RouteReason> reasons =
        answer.reasons().stream()
            .map(
                r ->
                    new RouteReason(
                        r.kind().question(),
                        r.allowed(),
                        r.answer(),
                        r.outcome().name().toLowerCase(java.util.Locale.ROOT)))
            .toList();
    return Labels.text(
        "rule.refused",
        because(answer.reasonKey(), reasons, false),
        answer.ruleVersion() == null ? "–" : answer.ruleVersion(),
        answer.legalBasis() == null ? "–" : answer.legalBasis());
  }

  /** The sentence for a reason key; {@code withHint} adds where else to look (on the route). */
  static String because(String reasonKey, List<RouteReason> reasons, boolean withHint) {
    if (reasonKey.equals("for-everyone") || reasonKey.equals("no-rule-on-date")) {
      return Labels.text("rule.because." + reasonKey);
    }
    if (reasonKey.equals("conditions-hold")) {
      return Labels.text("rule.because.conditions-hold", join(reasons, "holds", false));
    }
    if (reasonKey.startsWith("depends-on-")) {
      return Labels.text("rule.because.depends-on", join(reasons, "open", true));
    }
    RouteReason failing =
        reasons.stream().filter(r -> r.outcome().equals("fails")).findFirst().orElseThrow();
    String sentence =
        Labels.text(
            "rule.because.fails",
            question(failing.question()),
            allowed(failing),
            answer(failing.question(), failing.answer()));
    String hint = "rule.hint." + reasonKey;
    return withHint && Labels.bundle().containsKey(hint)
        ? sentence + " " + Labels.text(hint)
        : sentence;
  }

  /** The reasons with one outcome: "question: answer" or, when open, "question (allowed)". */
  private static String join(List<RouteReason> reasons, String outcome, boolean open) {
    return reasons.stream()
        .filter(r -> r.outcome().equals(outcome))
        .map(
            r ->
                open
                    ? Labels.text("rule.openCondition", question(r.question()), allowed(r))
                    : question(r.question()) + ": " + answer(r.question(), r.answer()))
        .collect(Collectors.joining("; "));
  }

  private static String allowed(RouteReason reason) {
    return reason.allowed().stream()
        .map(a -> answer(reason.question(), a))
        .collect(Collectors.joining(Labels.text("list.or")));
  }

  private static String question(String question) {
    return Labels.text("question." + question);
  }

  /** An answer's label: 'non-eu' under 'nationality' is "Buiten de EU". */
  private static String answer(String question, String code) {
    String prefix = question.equals("report") ? "answer.report." : question + ".";
    String key = prefix + code;
    return Labels.bundle().containsKey(key) ? Labels.text(key) : code;
  }

  private static String day(LocalDate day) {
    return day.format(
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Labels.locale()));
  }
}
