package nl.wegwijzer.casework.model;

import java.time.LocalDate;
import java.util.Set;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.Municipality;

/**
 * Everything a signal says, checked for format and with personal free text already sealed; any part
 * may be missing while the signal is a draft.
 */
public record SignalContent(
    LocalDate intakeDate,
    Channel channel,
    ReporterType reporterType,
    Sealed reporterContact,
    Municipality municipality,
    Set<ExploitationForm> forms,
    Sector sector,
    LocalDate periodFrom,
    LocalDate periodUntil,
    Set<String> indicators,
    Sealed account,
    Sealed pseudonym,
    PersonAge age,
    Gender gender,
    String nationality,
    Set<String> languages,
    Boolean interpreterNeeded,
    String interpreterLanguage,
    ResidenceStatus residenceStatus,
    Consent consent,
    ConsentSigner consentSignedBy) {

  public SignalContent {
    forms = forms == null ? Set.of() : Set.copyOf(forms);
    indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
    languages = languages == null ? Set.of() : Set.copyOf(languages);
    age = age == null ? PersonAge.UNKNOWN : age;
  }
}
