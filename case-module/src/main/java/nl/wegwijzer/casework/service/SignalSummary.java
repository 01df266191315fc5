package nl.wegwijzer.casework.service;

import static nl.wegwijzer.casework.service.Views.code;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.Signal;
import nl.wegwijzer.directory.support.Coded;

/** A line of the signal list; {@code forms} as codes, in the enum's order. */
public record SignalSummary(
    String reference,
    String status,
    String region,
    String caseNumber,
    LocalDate intakeDate,
    String reporterType,
    List<String> forms,
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
        s.forms().stream().map(Coded::code).toList(),
        cipher.open(s.pseudonym()),
        s.minor(),
        s.createdAt());
  }
}
