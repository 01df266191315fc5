package nl.wegwijzer.casework.service;

import static nl.wegwijzer.casework.service.Views.code;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.Signal;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.support.Coded;

/**
 * A signal as its coordinator sees it, decrypted: what it says in {@code details} (with the
 * municipality's name; its CBS code in {@code municipalityCode}), and what the casework adds.
 * {@code formStep} is the step of the coordinators' form a draft was last saved on, where it
 * reopens.
 */
public record SignalView(
    String reference,
    String status,
    String region,
    String municipalityCode,
    String caseNumber,
    SignalForm details,
    Boolean minor,
    String nationalStatus,
    LocalDate nationalStatusOn,
    LocalDate feedbackOn,
    String feedbackNote,
    OffsetDateTime createdAt,
    OffsetDateTime registeredAt,
    boolean anonymised,
    String formStep,
    long version) {

  /** {@code municipality}: the signal's, or null. */
  static SignalView of(Signal s, FieldCipher cipher, Municipality municipality) {
    return new SignalView(
        s.reference(),
        code(s.status()),
        s.region().code(),
        s.municipalityCode(),
        s.caseFile() == null ? null : s.caseFile().number(),
        new SignalForm(
            s.intakeDate(),
            code(s.channel()),
            code(s.reporterType()),
            cipher.open(s.reporterContact()),
            municipality == null ? null : municipality.name(),
            s.forms().stream().map(Coded::code).toList(),
            code(s.sector()),
            s.periodFrom(),
            s.periodUntil(),
            s.indicators().stream().sorted().toList(),
            cipher.open(s.account()),
            cipher.open(s.pseudonym()),
            s.age().age(),
            s.age().birthYear(),
            code(s.gender()),
            s.nationality(),
            s.languages().stream().sorted().toList(),
            s.interpreterNeeded(),
            s.interpreterLanguage(),
            code(s.residenceStatus()),
            code(s.consent()),
            code(s.consentSignedBy())),
        s.minor(),
        code(s.nationalStatus()),
        s.nationalStatusOn(),
        s.feedbackOn(),
        cipher.open(s.feedbackNote()),
        s.createdAt(),
        s.registeredAt(),
        s.anonymisedAt() != null,
        s.formStep(),
        s.version());
  }
}
