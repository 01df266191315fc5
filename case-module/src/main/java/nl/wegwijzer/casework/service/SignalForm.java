package nl.wegwijzer.casework.service;

import java.time.LocalDate;
import java.util.Set;
import nl.wegwijzer.casework.model.Channel;
import nl.wegwijzer.casework.model.Consent;
import nl.wegwijzer.casework.model.ConsentSigner;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.model.ResidenceStatus;
import nl.wegwijzer.casework.model.Sector;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;

/**
 * A signal as a coordinator fills it in; every part may be missing in a draft. {@code municipality}
 * is a name, CBS code or postcode; {@code indicators} are codes of the indicator list; {@code
 * nationality} an ISO 3166 code; {@code languages} ISO 639 codes.
 */
public record SignalForm(
    LocalDate intakeDate,
    Channel channel,
    ReporterType reporterType,
    String reporterContact,
    String municipality,
    ExploitationForm form,
    Sector sector,
    LocalDate periodFrom,
    LocalDate periodUntil,
    Set<String> indicators,
    String account,
    String pseudonym,
    Integer age,
    Integer birthYear,
    Gender gender,
    String nationality,
    Set<String> languages,
    Boolean interpreterNeeded,
    ResidenceStatus residenceStatus,
    Consent consent,
    ConsentSigner consentSignedBy) {

  public static final int MAX_CONTACT = 500;
  public static final int MAX_ACCOUNT = 10_000;
  public static final int MAX_PSEUDONYM = 100;
  public static final int MAX_LIST = 100;

  public SignalForm {
    indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
    languages = languages == null ? Set.of() : Set.copyOf(languages);
  }
}
