package nl.wegwijzer.casework.service;

import static nl.wegwijzer.casework.service.Views.code;
import static nl.wegwijzer.casework.service.Views.codes;

import java.time.LocalDate;
import java.util.List;
import nl.wegwijzer.casework.model.CaseFile;

/** A line of the case list; {@code responsible} a user name, {@code flags} as codes. */
public record CaseSummary(
    String number,
    String region,
    String status,
    LocalDate openedOn,
    LocalDate nextReview,
    LocalDate reflectionEnd,
    LocalDate closedOn,
    String responsible,
    List<String> flags) {

  static CaseSummary of(CaseFile c) {
    return new CaseSummary(
        c.number(),
        c.region().code(),
        code(c.status()),
        c.openedOn(),
        c.nextReview(),
        c.reflectionEnd(),
        c.closedOn(),
        c.responsible(),
        codes(c.flags()));
  }
}
