package nl.wegwijzer.casework.service;

import static nl.wegwijzer.casework.service.Views.code;

import java.time.LocalDate;
import nl.wegwijzer.casework.model.CaseFile;

/** A line of the case list. */
public record CaseSummary(
    String number,
    String region,
    String status,
    LocalDate openedOn,
    LocalDate nextReview,
    LocalDate reflectionEnd,
    LocalDate closedOn) {

  static CaseSummary of(CaseFile c) {
    return new CaseSummary(
        c.number(),
        c.region().code(),
        code(c.status()),
        c.openedOn(),
        c.nextReview(),
        c.reflectionEnd(),
        c.closedOn());
  }
}
