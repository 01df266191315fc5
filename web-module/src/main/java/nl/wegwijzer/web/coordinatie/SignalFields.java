package nl.wegwijzer.web.coordinatie;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijzer.casework.model.Channel;
import nl.wegwijzer.casework.model.Consent;
import nl.wegwijzer.casework.model.ConsentSigner;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.model.ResidenceStatus;
import nl.wegwijzer.casework.model.Sector;
import nl.wegwijzer.casework.service.SignalForm;
import nl.wegwijzer.casework.service.SignalView;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.web.shared.CaseworkTexts;

/**
 * What a coordinator typed into the signal form, as text, exactly as typed: it survives every step,
 * every refusal and a stale save. {@link #toForm(Map)} turns it into the service's form and notes
 * every value that is not even a date, a number or a known code.
 */
public class SignalFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String intakeDate;
  private String channel;
  private String reporterType;
  private String reporterContact;
  private String municipality;
  private String form;
  private String sector;
  private String periodFrom;
  private String periodUntil;
  private List<String> indicators = new ArrayList<>();
  private String account;
  private String pseudonym;
  private String age;
  private String birthYear;
  private String gender;
  private String nationality;
  private String languages;
  private String interpreterNeeded;
  private String residenceStatus;
  private String consent;
  private String consentSignedBy;

  static SignalFields of(SignalView v) {
    SignalFields f = new SignalFields();
    f.intakeDate = text(v.intakeDate());
    f.channel = v.channel();
    f.reporterType = v.reporterType();
    f.reporterContact = v.reporterContact();
    f.municipality = v.municipalityName();
    f.form = v.form();
    f.sector = v.sector();
    f.periodFrom = text(v.periodFrom());
    f.periodUntil = text(v.periodUntil());
    f.indicators = new ArrayList<>(v.indicators());
    f.account = v.account();
    f.pseudonym = v.pseudonym();
    f.age = v.age() == null ? null : v.age().toString();
    f.birthYear = v.birthYear() == null ? null : v.birthYear().toString();
    f.gender = v.gender();
    f.nationality = v.nationality();
    f.languages = String.join(", ", v.languages());
    f.interpreterNeeded = v.interpreterNeeded() == null ? null : v.interpreterNeeded().toString();
    f.residenceStatus = v.residenceStatus();
    f.consent = v.consent();
    f.consentSignedBy = v.consentSignedBy();
    return f;
  }

  private static String text(LocalDate day) {
    return day == null ? null : day.toString();
  }

  /** The service's form; values that cannot be read are left out and noted in {@code problems}. */
  SignalForm toForm(Map<String, String> problems) {
    return new SignalForm(
        date("intakeDate", intakeDate, problems),
        code(Channel.class, "channel", channel, problems),
        code(ReporterType.class, "reporterType", reporterType, problems),
        reporterContact,
        municipality,
        code(ExploitationForm.class, "form", form, problems),
        code(Sector.class, "sector", sector, problems),
        date("periodFrom", periodFrom, problems),
        date("periodUntil", periodUntil, problems),
        new LinkedHashSet<>(indicators),
        account,
        pseudonym,
        number("age", age, problems),
        number("birthYear", birthYear, problems),
        code(Gender.class, "gender", gender, problems),
        nationality,
        languageSet(),
        interpreterNeeded == null || interpreterNeeded.isBlank()
            ? null
            : Boolean.valueOf(interpreterNeeded),
        code(ResidenceStatus.class, "residenceStatus", residenceStatus, problems),
        code(Consent.class, "consent", consent, problems),
        code(ConsentSigner.class, "consentSignedBy", consentSignedBy, problems));
  }

  private Set<String> languageSet() {
    if (languages == null || languages.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(languages.split("[,;\\s]+"))
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  static LocalDate date(String field, String value, Map<String, String> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.put(field, CaseworkTexts.text("problem.date"));
      return null;
    }
  }

  static Integer number(String field, String value, Map<String, String> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      problems.put(field, CaseworkTexts.text("problem.number"));
      return null;
    }
  }

  static <E extends Enum<E> & Coded> E code(
      Class<E> type, String field, String value, Map<String, String> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Coded.parse(type, field, value);
    } catch (InvalidInputException e) {
      problems.put(field, CaseworkTexts.text("problem.invalid"));
      return null;
    }
  }

  public String getIntakeDate() {
    return intakeDate;
  }

  public void setIntakeDate(String intakeDate) {
    this.intakeDate = intakeDate;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getReporterType() {
    return reporterType;
  }

  public void setReporterType(String reporterType) {
    this.reporterType = reporterType;
  }

  public String getReporterContact() {
    return reporterContact;
  }

  public void setReporterContact(String reporterContact) {
    this.reporterContact = reporterContact;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getForm() {
    return form;
  }

  public void setForm(String form) {
    this.form = form;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(String periodFrom) {
    this.periodFrom = periodFrom;
  }

  public String getPeriodUntil() {
    return periodUntil;
  }

  public void setPeriodUntil(String periodUntil) {
    this.periodUntil = periodUntil;
  }

  public List<String> getIndicators() {
    return indicators;
  }

  void setIndicators(List<String> indicators) {
    this.indicators = new ArrayList<>(indicators);
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  public String getPseudonym() {
    return pseudonym;
  }

  public void setPseudonym(String pseudonym) {
    this.pseudonym = pseudonym;
  }

  public String getAge() {
    return age;
  }

  public void setAge(String age) {
    this.age = age;
  }

  public String getBirthYear() {
    return birthYear;
  }

  public void setBirthYear(String birthYear) {
    this.birthYear = birthYear;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String gender) {
    this.gender = gender;
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String nationality) {
    this.nationality = nationality;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getInterpreterNeeded() {
    return interpreterNeeded;
  }

  public void setInterpreterNeeded(String interpreterNeeded) {
    this.interpreterNeeded = interpreterNeeded;
  }

  public String getResidenceStatus() {
    return residenceStatus;
  }

  public void setResidenceStatus(String residenceStatus) {
    this.residenceStatus = residenceStatus;
  }

  public String getConsent() {
    return consent;
  }

  public void setConsent(String consent) {
    this.consent = consent;
  }

  public String getConsentSignedBy() {
    return consentSignedBy;
  }

  public void setConsentSignedBy(String consentSignedBy) {
    this.consentSignedBy = consentSignedBy;
  }
}
