package nl.wegwijzer.content.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.support.Coded;

/**
 * The parts of a victim's profile that a regulation's eligibility can depend on, each with the
 * question (the route's query parameter) that asks for it and the answers it can have.
 */
public enum ConditionKind implements Coded {
  AGE_GROUP("age", AgeGroup.class),
  NATIONALITY_GROUP("nationality", NationalityGroup.class),
  EXPLOITATION_FORM("form", ExploitationForm.class),
  REPORTS_TO_POLICE("report", PoliceReport.class);

  private final String question;
  private final Set<String> answers;

  <E extends Enum<E> & Coded> ConditionKind(String question, Class<E> answers) {
    this.question = question;
    this.answers = new LinkedHashSet<>();
    Arrays.stream(answers.getEnumConstants()).map(Coded::code).forEach(this.answers::add);
  }

  /** The name of the question that asks for this part of the profile ('age', 'report', …). */
  public String question() {
    return question;
  }

  /** The codes a visitor can answer with ('minor', 'non-eu', 'undecided', …). */
  public Set<String> answers() {
    return Collections.unmodifiableSet(answers);
  }
}
