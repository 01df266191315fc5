package nl.wegwijzer.casework.service;

import static nl.wegwijzer.casework.service.Views.code;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.Signal;

/** A signal as its coordinator sees it, decrypted; enums as codes. */
public record SignalView(
    String reference,
    String status,
    String region,
    String municipality,
    String municipalityName,
    String caseNumber,
    LocalDate intakeDate,
    String channel,
    String reporterType,
    String reporterContact,
    String form,
    String sector,
    LocalDate periodFrom,
    LocalDate periodUntil,
    List<String> indicators,
    String account,
    String pseudonym,
    Integer age,
    Integer birthYear,
    Boolean minor,
    String gender,
    String nationality,
    List<String> languages,
    Boolean interpreterNeeded,
    String residenceStatus,
    String consent,
    String consentSignedBy,
    String nationalStatus,
    LocalDate nationalStatusOn,
    LocalDate feedbackOn,
    String feedbackNote,
    OffsetDateTime createdAt,
    OffsetDateTime registeredAt,
    boolean anonymised,
    long version) {

  static SignalView of(Signal s, FieldCipher cipher) {
    return new SignalView(
        s.reference(),
        code(s.status()),
        s.region().code(),
        s.municipality() == null ? null : s.municipality().cbsCode(),
        s.municipality() == null ? null : s.municipality().name(),
        s.caseFile() == null ? null : s.caseFile().number(),
        s.intakeDate(),
        code(s.channel()),
        code(s.reporterType()),
        cipher.open(s.reporterContact()),
        code(s.form()),
        code(s.sector()),
        s.periodFrom(),
        s.periodUntil(),
        s.indicators().stream().sorted().toList(),
        cipher.open(s.account()),
        cipher.open(s.pseudonym()),
        s.age().age(),
        s.age().birthYear(),
        s.minor(),
        code(s.gender()),
        s.nationality(),
        s.languages().stream().sorted().toList(),
        s.interpreterNeeded(),
        code(s.residenceStatus()),
        code(s.consent()),
        code(s.consentSignedBy()),
        code(s.nationalStatus()),
        s.nationalStatusOn(),
        s.feedbackOn(),
        cipher.open(s.feedbackNote()),
        s.createdAt(),
        s.registeredAt(),
        s.anonymisedAt() != null,
        s.version());
  }
}
