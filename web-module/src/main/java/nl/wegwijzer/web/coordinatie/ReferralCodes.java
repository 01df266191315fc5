package nl.wegwijzer.web.coordinatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.wegwijzer.casework.model.DeclineReason;
import nl.wegwijzer.casework.model.ReferralOutcome;
import nl.wegwijzer.casework.model.SetAsideReason;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.web.shared.Labels;

/** The codes of triage, referrals and their search filters, for the coordinators' selects. */
@Named
@ApplicationScoped
public class ReferralCodes {

  @Inject PlaceService places;

  public List<String> getDeclineReasons() {
    return codes(DeclineReason.values());
  }

  public List<String> getOutcomes() {
    return codes(ReferralOutcome.values());
  }

  public List<String> getSetAsideReasons() {
    return codes(SetAsideReason.values());
  }

  public List<String> getForms() {
    return codes(ExploitationForm.values());
  }

  public List<String> getAgeGroups() {
    return codes(AgeGroup.values());
  }

  public List<RegionView> getRegions() {
    return places.regions();
  }

  /** A language code's name in the page's language ('ro': Roemeens). */
  public String languageName(String code) {
    return Locale.forLanguageTag(code).getDisplayLanguage(Labels.locale());
  }

  private static List<String> codes(Coded[] values) {
    return Arrays.stream(values).map(Coded::code).toList();
  }
}
