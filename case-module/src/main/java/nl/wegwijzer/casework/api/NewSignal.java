package nl.wegwijzer.casework.api;

import static nl.wegwijzer.casework.api.Inputs.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wegwijzer.casework.model.Channel;
import nl.wegwijzer.casework.model.Consent;
import nl.wegwijzer.casework.model.ConsentSigner;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.model.ResidenceStatus;
import nl.wegwijzer.casework.model.Sector;
import nl.wegwijzer.casework.service.SignalForm;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;

/**
 * A signal as an API client sends it, with codes as text: channel (phone, email, in-person, letter,
 * public-form, other), reporterType (police, border-police, labour-inspectorate, care-organisation,
 * lawyer, shelter, self, other), form (sexual, labour, criminal, organ), sector, gender (female,
 * male, x), residenceStatus, consent (given, not-given, not-asked), consentSignedBy (person,
 * parent-or-guardian); municipality a name, CBS code or postcode; nationality an ISO 3166 code;
 * languages ISO 639 codes; indicators codes of the indicator list.
 */
public record NewSignal(
    LocalDate intakeDate,
    String channel,
    String reporterType,
    String reporterContact,
    String municipality,
    String form,
    String sector,
    LocalDate periodFrom,
    LocalDate periodUntil,
    List<String> indicators,
    String account,
    String pseudonym,
    Integer age,
    Integer birthYear,
    String gender,
    String nationality,
    List<String> languages,
    Boolean interpreterNeeded,
    String residenceStatus,
    String consent,
    String consentSignedBy) {

  SignalForm toForm() {
    return new SignalForm(
        intakeDate,
        code(Channel.class, "channel", channel),
        code(ReporterType.class, "reporterType", reporterType),
        reporterContact,
        municipality,
        code(ExploitationForm.class, "form", form),
        code(Sector.class, "sector", sector),
        periodFrom,
        periodUntil,
        indicators == null ? Set.of() : Set.copyOf(indicators),
        account,
        pseudonym,
        age,
        birthYear,
        code(Gender.class, "gender", gender),
        nationality,
        languages == null ? Set.of() : Set.copyOf(languages),
        interpreterNeeded,
        code(ResidenceStatus.class, "residenceStatus", residenceStatus),
        code(Consent.class, "consent", consent),
        code(ConsentSigner.class, "consentSignedBy", consentSignedBy));
  }
}
