package nl.wegwijzer.casework.service;

import java.time.LocalDate;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.model.SignalStatus;
import nl.wegwijzer.directory.model.ExploitationForm;

/** Filters of the signal list; every part is optional. The period is on the intake date. */
public record SignalQuery(
    SignalStatus status,
    ExploitationForm form,
    ReporterType reporterType,
    LocalDate from,
    LocalDate until) {

  public static final SignalQuery ALL = new SignalQuery(null, null, null, null, null);
}
