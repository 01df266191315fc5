package nl.wegwijzer.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.model.ConditionKind;
import nl.wegwijzer.content.model.DeadlineKind;
import nl.wegwijzer.content.rules.Eligibility.Verdict;
import nl.wegwijzer.content.rules.RuleAnswer;
import nl.wegwijzer.content.rules.RuleAnswer.Outcome;
import nl.wegwijzer.content.rules.RuleAnswer.Reason;
import nl.wegwijzer.content.rules.RuleRefusal;
import nl.wegwijzer.content.service.RouteAnswer.RouteReason;
import org.junit.jupiter.api.Test;

/** Every answer explains itself, generated from its conditions, in Dutch and English. */
class RuleTextsTest {

  private static final List<RouteReason> NON_EU_NOT_REPORTING =
      List.of(
          new RouteReason("nationality", List.of("non-eu"), "non-eu", "holds"),
          new RouteReason("report", List.of("no", "undecided"), "no", "holds"));

  @Test
  void appliesMayApplyAndDoesNotApplySayWhyInBothLanguages() {
    List<RouteReason> eu =
        List.of(new RouteReason("nationality", List.of("non-eu"), "eu", "fails"));
    List<RouteReason> open =
        List.of(new RouteReason("nationality", List.of("eu", "non-eu"), null, "open"));
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of())) {
      assertEquals(
          "Geldt, omdat u opgaf: nationaliteit: Buiten de EU; aangifte: Nee.",
          RuleTexts.because("conditions-hold", NON_EU_NOT_REPORTING, true));
      assertEquals(
          "Geldt misschien: het hangt af van nationaliteit (geldt bij: EU of Buiten de EU).",
          RuleTexts.because("depends-on-nationality", open, true));
      assertEquals(
          "Geldt niet: bij nationaliteit is dit alleen voor Buiten de EU, en u gaf op: EU."
              + " Nederlanders en EU-burgers hebben geen verblijfsvergunning nodig; zij krijgen"
              + " bescherming en zorg via de andere regelingen op deze route.",
          RuleTexts.because("fails-nationality", eu, true));
      assertEquals(
          "Regelversie B8/3-2023. Laatst getoetst aan de wet: 7 december 2026.",
          new RuleTexts().ruleLine("B8/3-2023", LocalDate.of(2026, 12, 7)));
    }
    try (FacesRequest request = FacesRequest.in(Language.ENGLISH, Map.of())) {
      assertEquals(
          "Applies because you said: nationality: Outside the EU; police report: No.",
          RuleTexts.because("conditions-hold", NON_EU_NOT_REPORTING, true));
      assertEquals(
          "Does not apply: for nationality this is only for Outside the EU, and you said: EU."
              + " Dutch and EU citizens need no residence permit; they get protection and care"
              + " through the other regulations on this route.",
          RuleTexts.because("fails-nationality", eu, true));
      assertEquals(
          "Rule version 1. Not yet checked against the law by the editors.",
          new RuleTexts().ruleLine("1", null));
    }
  }

  @Test
  void aRefusedReflectionPeriodNamesTheReasonTheVersionAndTheLegalBasis() {
    RuleAnswer answer =
        new RuleAnswer(
            "bedenktijd",
            LocalDate.of(2026, 3, 16),
            Verdict.DOES_NOT_APPLY,
            "fails-nationality",
            List.of(
                new Reason(
                    ConditionKind.NATIONALITY_GROUP, List.of("non-eu"), "eu", Outcome.FAILS)),
            "B8/3-2023",
            LocalDate.of(2023, 5, 19),
            null,
            "Vc 2000 B8/3",
            LocalDate.of(2026, 12, 7),
            Map.of(DeadlineKind.REFLECTION_PERIOD, Period.ofMonths(3)));
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of())) {
      String text = ScreenProblems.describe(new RuleRefusal("reflectionStart", answer));
      assertEquals(
          "Volgens de regels kan dit niet. Geldt niet: bij nationaliteit is dit alleen voor"
              + " Buiten de EU, en u gaf op: EU. (Regelversie B8/3-2023; Vc 2000 B8/3.) Wilt u toch"
              + " doorgaan, vul dan een reden voor de uitzondering in; die wordt vastgelegd in de"
              + " tijdlijn.",
          text);
    }
  }
}
