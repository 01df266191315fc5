package nl.wegwijzer.casework.repository;

import java.time.LocalDate;
import java.util.Set;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.model.SignalStatus;
import nl.wegwijzer.directory.model.ExploitationForm;

/**
 * Which signals to list: always limited to regions (their ids); every other part is optional. The
 * period is on the intake date, both ends included.
 */
public record SignalFilter(
    Set<Long> regionIds,
    SignalStatus status,
    ExploitationForm form,
    ReporterType reporterType,
    LocalDate from,
    LocalDate until) {

  public SignalFilter {
    regionIds = Set.copyOf(regionIds);
  }
}
