package nl.wegwijzer.casework.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * Deadlines of the coordinators' own practice. The deadlines that the law sets (the reflection
 * period) are rule data with a version: content's EligibilityRules computes them.
 */
public final class Deadlines {

  /** How often a coordinator reviews an open case with the person and the partners. */
  public static final Period REVIEW_INTERVAL = Period.ofMonths(3);

  /** How far ahead the worklist looks. */
  public static final Period LOOK_AHEAD = Period.ofDays(14);

  private Deadlines() {}

  /** Three months after the last review, or after the case was opened when never reviewed. */
  public static LocalDate nextReview(LocalDate openedOn, LocalDate lastReviewOn) {
    return (lastReviewOn == null ? openedOn : lastReviewOn).plus(REVIEW_INTERVAL);
  }

  public static boolean overdue(LocalDate due, LocalDate today) {
    return due.isBefore(today);
  }

  /** Due today or before the end of the look-ahead (overdue included). */
  public static boolean dueSoon(LocalDate due, LocalDate today) {
    return !due.isAfter(today.plus(LOOK_AHEAD));
  }
}
