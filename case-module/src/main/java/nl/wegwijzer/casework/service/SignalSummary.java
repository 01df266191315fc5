package nl.wegwijzer.casework.service;

import static nl.wegwijzer.casework.service.Views.code;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.Signal;

/** A line of the signal list. */
public record SignalSummary(
    String reference,
    String status,
    String region,
    String caseNumber,
    LocalDate intakeDate,
    String reporterType,
    String form,
    String pseudonym,
    Boolean minor,
    OffsetDateTime createdAt) {

  static SignalSummary of(Signal s, FieldCipher cipher) {
    return new SignalSummary(
        s.reference(),
        code(s.status()),
        s.region().code(),
        s.caseFile() == null ? null : s.caseFile().number(),
        s.intakeDate(),
        code(s.reporterType()),
        code(s.form()),
        cipher.open(s.pseudonym()),
        s.minor(),
        s.createdAt());
  }
}
