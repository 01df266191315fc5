package nl.wegwijzer.casework.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Something due in one of the actor's cases: a task ({@code kind} "task", with its title), the end
 * of a reflection period ("reflection-end"), a review ("review"), or a referral still waiting for
 * the organisation's answer ("referral-waiting", with the organisation's name as title).
 *
 * @param assignee for a task, the user name of the colleague it is for (null: anyone of the
 *     region); null for the other kinds, which are the region's
 */
public record WorkItem(
    String caseNumber,
    String kind,
    LocalDate dueOn,
    boolean overdue,
    Long taskId,
    String title,
    String assignee) {

  /** Several lists of work as one, by due day and case number. */
  @SafeVarargs
  public static List<WorkItem> merged(List<WorkItem>... lists) {
    return Stream.of(lists)
        .flatMap(List::stream)
        .sorted(Comparator.comparing(WorkItem::dueOn).thenComparing(WorkItem::caseNumber))
        .toList();
  }
}
