package nl.wegwijzer.casework.service;

import java.time.LocalDate;
import java.util.List;

/**
 * What a signal says, declared once: the API takes it as its JSON body, a signal's view carries it
 * as {@code details}, and the coordinator's screen binds its fields by these component names. Every
 * part may be missing in a draft. Codes are text, as in the API (the service reads and checks
 * them): channel (phone, email, in-person, letter, public-form, other), reporterType (police,
 * border-police, labour-inspectorate, care-organisation, lawyer, shelter, self, other), forms (one
 * or more of sexual-domestic, sexual-cross-border, labour, criminal, forced-begging, organ, other:
 * a person can be exploited in several forms at once), sector, gender (female, male, x),
 * residenceStatus, consent (given, not-given, not-asked), consentSignedBy (person,
 * parent-or-guardian). {@code municipality} is a name, CBS code or postcode (a view holds the
 * name); {@code indicators} are codes of the indicator list; {@code nationality} an ISO 3166 code,
 * or ZZ (unknown) or XX (stateless); {@code languages} ISO 639 codes; {@code interpreterLanguage}
 * the ISO 639 code of the language an interpreter must speak, required when one is needed.
 */
public record SignalForm(
    LocalDate intakeDate,
    String channel,
    String reporterType,
    String reporterContact,
    String municipality,
    List<String> forms,
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
    String interpreterLanguage,
    String residenceStatus,
    String consent,
    String consentSignedBy) {

  public static final int MAX_CONTACT = 500;
  public static final int MAX_ACCOUNT = 10_000;
  public static final int MAX_PSEUDONYM = 100;
  public static final int MAX_LIST = 100;

  public SignalForm {
    forms = forms == null ? List.of() : List.copyOf(forms);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    languages = languages == null ? List.of() : List.copyOf(languages);
  }
}
