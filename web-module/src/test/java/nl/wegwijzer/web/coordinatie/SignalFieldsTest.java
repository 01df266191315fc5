package nl.wegwijzer.web.coordinatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.casework.service.SignalForm;
import nl.wegwijzer.web.shared.FacesRequest;
import nl.wegwijzer.web.shared.Language;
import org.junit.jupiter.api.Test;

/** The signal form's text, bound by SignalForm's component names, read by each one's type. */
class SignalFieldsTest {

  @Test
  void everyComponentIsReadByItsType() {
    SignalFields fields = new SignalFields();
    fields.set("intakeDate", "2026-03-16");
    fields.set("channel", "in-person");
    fields.set("reporterContact", "  as typed ");
    fields.set("age", " 17 ");
    fields.set("languages", "nl, ar;en");
    fields.set("interpreterNeeded", "true");
    fields.set("consent", "given");
    fields.setIndicators(List.of("i-2", "i-1"));
    Map<String, String> problems = new LinkedHashMap<>();

    SignalForm form = fields.toForm(problems);

    assertEquals(Map.of(), problems);
    assertEquals(LocalDate.of(2026, 3, 16), form.intakeDate());
    assertEquals("in-person", form.channel());
    assertEquals("  as typed ", form.reporterContact());
    assertEquals(17, form.age());
    assertEquals(List.of("nl", "ar", "en"), form.languages());
    assertEquals(List.of("i-2", "i-1"), form.indicators());
    assertEquals(Boolean.TRUE, form.interpreterNeeded());
    assertEquals("given", form.consent());
    assertNull(form.gender());
    assertNull(form.birthYear());
    assertEquals(List.of("i-2", "i-1"), fields.ticked("indicators"));
  }

  @Test
  void whatCannotBeReadIsNotedByFieldAndLeftOut() {
    try (FacesRequest request = FacesRequest.in(Language.ENGLISH, Map.of())) {
      SignalFields fields = new SignalFields();
      fields.set("intakeDate", "16-03-2026");
      fields.set("birthYear", "nineteen");
      fields.set("gender", "unknown");
      Map<String, String> problems = new LinkedHashMap<>();

      SignalForm form = fields.toForm(problems);

      assertEquals(List.of("intakeDate", "birthYear"), List.copyOf(problems.keySet()));
      assertTrue(problems.values().stream().noneMatch(String::isBlank));
      assertNull(form.intakeDate());
      assertNull(form.birthYear());
      assertEquals("unknown", form.gender(), "a code goes to the service, which names it if wrong");
    }
  }

  @Test
  void theAgeOrBirthYearTypedTellsWhetherThePersonMayBeAMinor() {
    LocalDate today = LocalDate.of(2026, 3, 16);
    SignalFields fields = new SignalFields();
    assertEquals("unknown", fields.minor(today));
    fields.set("age", "17");
    assertEquals("yes", fields.minor(today));
    fields.set("age", null);
    fields.set("birthYear", "1990");
    assertEquals("no", fields.minor(today));
    try (FacesRequest request = FacesRequest.in(Language.ENGLISH, Map.of())) {
      fields.set("birthYear", "not a year");
      assertEquals("unknown", fields.minor(today));
    }
  }

  @Test
  void theTickedIndicatorsAreTakenOnlyWhenTheirStepWasOnThePage() {
    SignalFields fields = new SignalFields();
    fields.setIndicators(List.of("kept"));
    fields.takeTicked(Map.of("indicator", new String[] {"other"}));
    assertEquals(List.of("kept"), fields.ticked("indicators"));
    fields.takeTicked(
        Map.of("indicators-shown", new String[] {"1"}, "indicator", new String[] {"a", "b"}));
    assertEquals(List.of("a", "b"), fields.ticked("indicators"));
    fields.takeTicked(Map.of("indicators-shown", new String[] {"1"}));
    assertEquals(List.of(), fields.ticked("indicators"));
  }

  @Test
  void theTickedFormsAreASetOfCodesTakenWhenTheirStepWasOnThePage() {
    SignalFields fields = new SignalFields();
    fields.takeTicked(
        Map.of(
            "forms-shown",
            new String[] {"1"},
            "form",
            new String[] {"labour", "criminal"},
            "indicator",
            new String[] {"not-shown"}));
    assertEquals(List.of("labour", "criminal"), fields.ticked("forms"));
    assertEquals(List.of(), fields.ticked("indicators"), "the indicators were not on the page");
    assertEquals(List.of("labour", "criminal"), fields.toForm(new LinkedHashMap<>()).forms());
    fields.takeTicked(Map.of("forms-shown", new String[] {"1"}));
    assertEquals(List.of(), fields.toForm(new LinkedHashMap<>()).forms());
  }

  @Test
  void theLanguagesAreTheTickedOnesAndTheOneChosenToAddWithoutEmptyOrTwice() {
    SignalFields fields = new SignalFields();
    fields.set("languages", "ro, en");
    fields.takeTicked(Map.of("language", new String[] {"ti"}));
    assertEquals(List.of("ro", "en"), fields.ticked("languages"), "the step was not on the page");
    fields.takeTicked(
        Map.of("languages-shown", new String[] {"1"}, "language", new String[] {"ro", "ti", ""}));
    assertEquals(List.of("ro", "ti"), fields.toForm(new LinkedHashMap<>()).languages());
    fields.takeTicked(
        Map.of("languages-shown", new String[] {"1"}, "language", new String[] {"ro", "ro"}));
    assertEquals(List.of("ro"), fields.toForm(new LinkedHashMap<>()).languages());
  }

  @Test
  void whatIsTypedOrTickedAfterTheLastSaveIsUnsaved() {
    SignalFields fields = new SignalFields();
    fields.set("intakeDate", "2026-03-16");
    fields.markSaved();
    assertFalse(fields.unsaved(), "an untouched form loses nothing");
    fields.set("pseudonym", "");
    assertFalse(fields.unsaved(), "an emptied empty field is no change");
    fields.set("pseudonym", "Mira");
    assertTrue(fields.unsaved());
    fields.markSaved();
    assertFalse(fields.unsaved());
    fields.takeTicked(Map.of("languages-shown", new String[] {"1"}, "language", new String[] {""}));
    assertFalse(fields.unsaved(), "nothing chosen to add");
    fields.takeTicked(
        Map.of("languages-shown", new String[] {"1"}, "language", new String[] {"pl"}));
    assertTrue(fields.unsaved(), "a language chosen and not saved");
  }

  @Test
  void aResumedDraftOpensAtItsSavedStepAndAnUnknownStepAtTheFirst() {
    SignalSteps steps = new SignalSteps();
    steps.resume("wie");
    assertEquals("wie", steps.getStep());
    assertEquals(4, steps.getNumber());
    SignalSteps old = new SignalSteps();
    old.resume("a-step-no-longer-there");
    assertEquals("intake", old.getStep());
    old.resume(null);
    assertEquals("intake", old.getStep());
  }
}
