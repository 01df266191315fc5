package nl.wegwijzer.web.coordinatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.wegwijzer.casework.model.CaseStatus;
import nl.wegwijzer.casework.model.Channel;
import nl.wegwijzer.casework.model.CloseReason;
import nl.wegwijzer.casework.model.Consent;
import nl.wegwijzer.casework.model.ConsentSigner;
import nl.wegwijzer.casework.model.NationalStatus;
import nl.wegwijzer.casework.model.Nationalities;
import nl.wegwijzer.casework.model.PoliceReport;
import nl.wegwijzer.casework.model.ReferralStatus;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.model.ResidenceStatus;
import nl.wegwijzer.casework.model.Sector;
import nl.wegwijzer.casework.model.SignalStatus;
import nl.wegwijzer.casework.service.SignalForm;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.web.shared.CaseworkTexts;

/** The codes of the casework's choices, for the selects and labels of the coordinators' screens. */
@Named
@ApplicationScoped
public class CaseworkCodes {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /** A country for the nationality picker: ISO code and Dutch name. */
  public record Country(String code, String name) {}

  private final List<Country> countries =
      Arrays.stream(Locale.getISOCountries())
          .map(c -> new Country(c, new Locale("", c).getDisplayCountry(DUTCH)))
          .sorted(Comparator.comparing(Country::name, Collator.getInstance(DUTCH)))
          .toList();

  /** The care needs a referral is for. */
  public List<String> getCareNeeds() {
    return codes(CareNeed.values());
  }

  public List<String> getChannels() {
    return codes(Channel.values());
  }

  public List<String> getReporterTypes() {
    return codes(ReporterType.values());
  }

  public List<String> getSectors() {
    return codes(Sector.values());
  }

  public List<String> getConsents() {
    return codes(Consent.values());
  }

  public List<String> getSigners() {
    return codes(ConsentSigner.values());
  }

  public List<String> getResidenceStatuses() {
    return codes(ResidenceStatus.values());
  }

  public List<String> getSignalStatuses() {
    return codes(SignalStatus.values());
  }

  public List<String> getCaseStatuses() {
    return codes(CaseStatus.values());
  }

  public List<String> getCloseReasons() {
    return codes(CloseReason.values());
  }

  public List<String> getPoliceReports() {
    return codes(PoliceReport.values());
  }

  public List<String> getReferralAnswers() {
    return codes(ReferralStatus.values()).stream().filter(c -> !c.equals("sent")).toList();
  }

  public List<String> getNationalStatuses() {
    return codes(NationalStatus.values());
  }

  public List<Country> getCountries() {
    return countries;
  }

  /** The nationality picker: unknown and stateless first, then the countries. */
  public List<Country> getNationalities() {
    return Stream.concat(
            Stream.of(Nationalities.UNKNOWN, Nationalities.STATELESS)
                .map(code -> new Country(code, country(code))),
            countries.stream())
        .toList();
  }

  public String country(String code) {
    if (code == null) {
      return "";
    }
    if (code.equals(Nationalities.UNKNOWN) || code.equals(Nationalities.STATELESS)) {
      return CaseworkTexts.text("nationality." + code);
    }
    return new Locale("", code).getDisplayCountry(DUTCH);
  }

  private static List<String> codes(Coded[] values) {
    return Arrays.stream(values).map(Coded::code).toList();
  }

  /** Today in the Netherlands, the latest day a form's date may be. */
  public String getToday() {
    return LocalDate.now(SignalFormBacking.ZONE).toString();
  }

  /** The longest text the signal form takes in each free-text field. */
  public int getMaxAccount() {
    return SignalForm.MAX_ACCOUNT;
  }

  public int getMaxContact() {
    return SignalForm.MAX_CONTACT;
  }

  public int getMaxPseudonym() {
    return SignalForm.MAX_PSEUDONYM;
  }
}
