package nl.wegwijzer.casework.repository;

import java.time.LocalDate;
import java.util.Set;
import nl.wegwijzer.casework.model.CaseStatus;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.directory.model.ExploitationForm;

/**
 * Which cases to list: always limited to regions (their ids); every other part is optional. Form
 * and reporter type match a case when one of its signals has them; the period is on the day the
 * case was opened; {@code dueBy} keeps cases with an open task due on or before that day.
 */
public record CaseFilter(
    Set<Long> regionIds,
    CaseStatus status,
    ExploitationForm form,
    ReporterType reporterType,
    LocalDate from,
    LocalDate until,
    LocalDate dueBy) {

  public CaseFilter {
    regionIds = Set.copyOf(regionIds);
  }
}
