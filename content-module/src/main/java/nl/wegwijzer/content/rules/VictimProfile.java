package nl.wegwijzer.content.rules;

import java.util.Optional;
import nl.wegwijzer.content.model.ConditionKind;
import nl.wegwijzer.content.model.PoliceReport;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.support.Coded;

/**
 * What a visitor told about the victim. Every part is optional (null): a professional often does
 * not know everything yet, and a victim may not want to say.
 */
public record VictimProfile(
    AgeGroup age, NationalityGroup nationality, ExploitationForm form, PoliceReport report) {

  public static final VictimProfile UNKNOWN = new VictimProfile(null, null, null, null);

  /**
   * Reads the answers as codes ('minor', 'non-eu', 'labour', 'undecided'); blank is not given, a
   * wrong code is an {@link nl.wegwijzer.directory.support.InvalidInputException} naming the
   * question.
   */
  public static VictimProfile of(String age, String nationality, String form, String report) {
    return new VictimProfile(
        parse(AgeGroup.class, ConditionKind.AGE_GROUP, age),
        parse(NationalityGroup.class, ConditionKind.NATIONALITY_GROUP, nationality),
        parse(ExploitationForm.class, ConditionKind.EXPLOITATION_FORM, form),
        parse(PoliceReport.class, ConditionKind.REPORTS_TO_POLICE, report));
  }

  /** The answer for one part of the profile, as its code; empty when not given. */
  public Optional<String> answer(ConditionKind kind) {
    Coded answer =
        switch (kind) {
          case AGE_GROUP -> age;
          case NATIONALITY_GROUP -> nationality;
          case EXPLOITATION_FORM -> form;
          case REPORTS_TO_POLICE -> report;
        };
    return Optional.ofNullable(answer).map(Coded::code);
  }

  private static <E extends Enum<E> & Coded> E parse(
      Class<E> type, ConditionKind kind, String value) {
    return value == null || value.isBlank() ? null : Coded.parse(type, kind.question(), value);
  }
}
