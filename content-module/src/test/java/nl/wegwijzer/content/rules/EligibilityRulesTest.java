package nl.wegwijzer.content.rules;

import static nl.wegwijzer.content.model.ConditionKind.AGE_GROUP;
import static nl.wegwijzer.content.model.ConditionKind.EXPLOITATION_FORM;
import static nl.wegwijzer.content.model.ConditionKind.NATIONALITY_GROUP;
import static nl.wegwijzer.content.model.ConditionKind.REPORTS_TO_POLICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijzer.content.model.ConditionKind;
import nl.wegwijzer.content.model.Regulation;
import nl.wegwijzer.content.rules.Eligibility.Verdict;
import nl.wegwijzer.directory.support.InvalidInputException;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

  private final EligibilityRules rules = new EligibilityRules();

  private static Regulation regulation(Object... kindsAndValues) {
    Regulation regulation =
        new Regulation("test-regeling", "Regeling", "Samenvatting", "<p>Tekst</p>", null);
    Map<ConditionKind, Set<String>> conditions = new LinkedHashMap<>();
    for (int i = 0; i < kindsAndValues.length; i += 2) {
      conditions.put((ConditionKind) kindsAndValues[i], (Set<String>) kindsAndValues[i + 1]);
    }
    regulation.replaceConditions(conditions);
    return regulation;
  }

  private static VictimProfile profile(String age, String nationality, String form, String report) {
    return VictimProfile.of(age, nationality, form, report);
  }

  /** The conditions of the regulation's only rule version against the profile. */
  private Eligibility evaluate(Regulation regulation, VictimProfile profile) {
    return rules.evaluate(regulation.latestRule().conditions(), profile);
  }

  private Verdict verdict(Regulation regulation, VictimProfile profile) {
    return evaluate(regulation, profile).verdict();
  }

  @Test
  void aRegulationWithoutConditionsIsForEveryone() {
    Regulation everyone = regulation();
    assertEquals(Verdict.APPLIES, verdict(everyone, VictimProfile.UNKNOWN));
    assertEquals(Verdict.APPLIES, verdict(everyone, profile("minor", "dutch", "organ", "yes")));
  }

  @Test
  void ageGroupConditions() {
    Regulation minors = regulation(AGE_GROUP, Set.of("minor"));
    assertEquals(Verdict.APPLIES, verdict(minors, profile("minor", null, null, null)));
    assertEquals(Verdict.DOES_NOT_APPLY, verdict(minors, profile("adult", null, null, null)));
  }

  @Test
  void nationalityGroupConditions() {
    Regulation foreign = regulation(NATIONALITY_GROUP, Set.of("eu", "non-eu"));
    assertEquals(Verdict.APPLIES, verdict(foreign, profile(null, "eu", null, null)));
    assertEquals(Verdict.APPLIES, verdict(foreign, profile(null, "non-eu", null, null)));
    assertEquals(Verdict.DOES_NOT_APPLY, verdict(foreign, profile(null, "dutch", null, null)));
  }

  @Test
  void exploitationFormConditions() {
    Regulation labour = regulation(EXPLOITATION_FORM, Set.of("labour"));
    assertEquals(Verdict.APPLIES, verdict(labour, profile(null, null, "labour", null)));
    for (String other :
        List.of(
            "sexual-domestic",
            "sexual-cross-border",
            "criminal",
            "forced-begging",
            "organ",
            "other")) {
      assertEquals(Verdict.DOES_NOT_APPLY, verdict(labour, profile(null, null, other, null)));
    }
  }

  @Test
  void reportingConditions() {
    Regulation notYetReported = regulation(REPORTS_TO_POLICE, Set.of("no", "undecided"));
    assertEquals(Verdict.APPLIES, verdict(notYetReported, profile(null, null, null, "no")));
    assertEquals(Verdict.APPLIES, verdict(notYetReported, profile(null, null, null, "undecided")));
    assertEquals(Verdict.DOES_NOT_APPLY, verdict(notYetReported, profile(null, null, null, "yes")));
  }

  @Test
  void allConditionsMustHold() {
    Regulation reflection =
        regulation(
            NATIONALITY_GROUP, Set.of("non-eu"), REPORTS_TO_POLICE, Set.of("no", "undecided"));
    assertEquals(Verdict.APPLIES, verdict(reflection, profile("adult", "non-eu", "labour", "no")));
    assertEquals(
        Verdict.DOES_NOT_APPLY, verdict(reflection, profile("adult", "non-eu", "labour", "yes")));
    assertEquals(
        Verdict.DOES_NOT_APPLY, verdict(reflection, profile("adult", "dutch", "labour", "no")));
  }

  @Test
  void anUnansweredQuestionMakesItMayApplyAndSaysWhichQuestion() {
    Regulation reflection =
        regulation(
            NATIONALITY_GROUP, Set.of("non-eu"), REPORTS_TO_POLICE, Set.of("no", "undecided"));
    Eligibility nothingKnown = evaluate(reflection, VictimProfile.UNKNOWN);
    assertEquals(Verdict.MAY_APPLY, nothingKnown.verdict());
    assertEquals(List.of(NATIONALITY_GROUP, REPORTS_TO_POLICE), nothingKnown.dependsOn());
    assertTrue(nothingKnown.isShown());

    Eligibility onlyNationality = evaluate(reflection, profile(null, "non-eu", null, null));
    assertEquals(Verdict.MAY_APPLY, onlyNationality.verdict());
    assertEquals(List.of(REPORTS_TO_POLICE), onlyNationality.dependsOn());
  }

  @Test
  void aFailingAnswerExcludesWhateverIsUnanswered() {
    Regulation reflection =
        regulation(
            NATIONALITY_GROUP, Set.of("non-eu"), REPORTS_TO_POLICE, Set.of("no", "undecided"));
    Eligibility dutch = evaluate(reflection, profile(null, "dutch", null, null));
    assertEquals(Verdict.DOES_NOT_APPLY, dutch.verdict());
    assertTrue(dutch.dependsOn().isEmpty());
    assertFalse(dutch.isShown());
  }

  @Test
  void everyKindOfAnswerCanBeLeftOpen() {
    for (ConditionKind kind : ConditionKind.values()) {
      Regulation limited = regulation(kind, Set.of(kind.answers().iterator().next()));
      Eligibility open = evaluate(limited, VictimProfile.UNKNOWN);
      assertEquals(Verdict.MAY_APPLY, open.verdict(), kind.name());
      assertEquals(List.of(kind), open.dependsOn());
    }
  }

  @Test
  void profilesAreReadFromCodesAndWrongCodesNameTheQuestion() {
    VictimProfile read = profile(" Adult ", "NON-EU", "labour", "undecided");
    assertEquals("adult", read.answer(AGE_GROUP).orElseThrow());
    assertEquals("non-eu", read.answer(NATIONALITY_GROUP).orElseThrow());
    assertTrue(profile("", null, " ", null).answer(AGE_GROUP).isEmpty());
    assertEquals(
        "age",
        assertThrows(InvalidInputException.class, () -> profile("old", null, null, null)).field());
    assertEquals(
        "nationality",
        assertThrows(InvalidInputException.class, () -> profile(null, "mars", null, null)).field());
    assertEquals(
        "form",
        assertThrows(InvalidInputException.class, () -> profile(null, null, "sex", null)).field());
    assertEquals(
        "sexual-domestic",
        profile(null, null, "sexual", null).answer(EXPLOITATION_FORM).orElseThrow(),
        "the single form of before its split reads as the one that took it over");
    assertEquals(
        "report",
        assertThrows(InvalidInputException.class, () -> profile(null, null, null, "maybe"))
            .field());
  }

  @Test
  void conditionsOnlyAllowAnswersTheQuestionCanHave() {
    assertThrows(InvalidInputException.class, () -> regulation(AGE_GROUP, Set.of("elderly")));
    assertThrows(InvalidInputException.class, () -> regulation(REPORTS_TO_POLICE, Set.of()));
    Regulation changed = regulation(AGE_GROUP, Set.of("minor"));
    changed.replaceConditions(Map.of(AGE_GROUP, Set.of("adult")));
    assertEquals(Set.of("adult"), changed.latestRule().conditions().get(0).allowedValues());
    changed.replaceConditions(Map.of());
    assertTrue(changed.latestRule().conditions().isEmpty());
  }
}
