package nl.wegwijzer.casework.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.wegwijzer.casework.model.CloseReason;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.support.Coded;

/**
 * What the figures are counted by. A person can be exploited in several forms and reported by
 * several kinds of reporter, so under {@link #FORM} and {@link #REPORTER_TYPE} the persons add up
 * to more than their total; under the other dimensions every person and every signal has exactly
 * one value, so those counts add up to the totals (which is what suppression has to reckon with).
 */
public enum Dimension implements Coded {
  FORM(false, false, codes(ExploitationForm.values())),
  REPORTER_TYPE(false, true, codes(ReporterType.values())),
  AGE_GROUP(true, true, List.of("minor", "adult", Dimension.UNKNOWN)),
  NATIONALITY_GROUP(true, true, withUnknown(codes(NationalityGroup.values()))),
  OUTCOME(true, true, outcomes());

  /** The value of a person or signal whose value is not known (or not agreed between signals). */
  public static final String UNKNOWN = "unknown";

  private final boolean personsAddUp;
  private final boolean signalsAddUp;
  private final List<String> values;

  Dimension(boolean personsAddUp, boolean signalsAddUp, List<String> values) {
    this.personsAddUp = personsAddUp;
    this.signalsAddUp = signalsAddUp;
    this.values = values;
  }

  /** Whether the persons' counts of the values add up to the total of persons. */
  public boolean personsAddUp() {
    return personsAddUp;
  }

  /** Whether the signals' counts of the values add up to the total of signals. */
  public boolean signalsAddUp() {
    return signalsAddUp;
  }

  /**
   * Every value counted under this dimension, in a fixed order: a table lists them all, so a value
   * nobody has is a zero like any other (and a published table does not reveal it by leaving it
   * out).
   */
  public List<String> valueCodes() {
    return values;
  }

  private static List<String> codes(Coded[] constants) {
    return Arrays.stream(constants).map(Coded::code).toList();
  }

  private static List<String> withUnknown(List<String> codes) {
    List<String> all = new ArrayList<>(codes);
    all.add(UNKNOWN);
    return List.copyOf(all);
  }

  private static List<String> outcomes() {
    List<String> all = new ArrayList<>(List.of("no-case", "open"));
    all.addAll(codes(CloseReason.values()));
    return List.copyOf(all);
  }
}
