package nl.wegwijzer.casework.service;

import java.time.LocalDate;
import nl.wegwijzer.casework.model.CaseStatus;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.directory.model.ExploitationForm;

/**
 * Filters of the case list; every part is optional. The period is on the day a case was opened;
 * {@code dueTasks} keeps cases with an open task due today or earlier.
 */
public record CaseQuery(
    CaseStatus status,
    ExploitationForm form,
    ReporterType reporterType,
    LocalDate from,
    LocalDate until,
    boolean dueTasks) {

  public static final CaseQuery ALL = new CaseQuery(null, null, null, null, null, false);
}
