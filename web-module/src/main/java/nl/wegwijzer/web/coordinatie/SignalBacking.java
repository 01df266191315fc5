package nl.wegwijzer.web.coordinatie;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wegwijzer.casework.model.NationalStatus;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.casework.service.CaseView;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.casework.service.SignalService;
import nl.wegwijzer.casework.service.SignalView;
import nl.wegwijzer.content.service.InformationService;
import nl.wegwijzer.content.service.InformationViews.ThemeView;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.shared.CaseworkTexts;
import nl.wegwijzer.web.shared.Pages;
import nl.wegwijzer.web.shared.ScreenProblems;

/**
 * /coordinatie/signalen/{reference}: everything registered, decrypted by the service; forwarding to
 * the national registration, feedback to the reporter, opening or joining a case. Another region's
 * signal (or a wrong reference) is the not-found page.
 */
@Named
@ViewScoped
public class SignalBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SignalService signals;
  @Inject transient CaseService cases;
  @Inject transient CurrentActor current;
  @Inject transient InformationService information;

  private SignalView signal;
  private Map<String, String> indicatorTexts = Map.of();
  private String nationalStatus;
  private String nationalStatusOn;
  private String feedbackOn;
  private String feedbackNote;
  private String caseNumber;
  private Map<String, String> problems = new LinkedHashMap<>();
  private String notice;

  public void load() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    signal =
        signals.read(current.actor(), external.getRequestParameterMap().get("reference"), "view");
    Map<String, String> texts = new LinkedHashMap<>();
    for (ThemeView theme : information.indicatorList()) {
      theme.indicators().forEach(i -> texts.put(i.code(), i.text()));
    }
    indicatorTexts = texts;
    nationalStatus = signal.nationalStatus();
    String today = LocalDate.now(SignalFormBacking.ZONE).toString();
    nationalStatusOn = today;
    feedbackOn = today;
    Map<String, String> parameters = external.getRequestParameterMap();
    if (parameters.containsKey("geregistreerd")) {
      notice = CaseworkTexts.text("signal.page.registered");
    }
  }

  public void saveNationalStatus() {
    clear();
    Map<String, String> found = new LinkedHashMap<>();
    NationalStatus status =
        SignalFields.code(NationalStatus.class, "nationalStatus", nationalStatus, found);
    LocalDate on = SignalFields.date("nationalStatusOn", nationalStatusOn, found);
    if (status == null && found.isEmpty()) {
      found.put("nationalStatus", CaseworkTexts.text("problem.required"));
    }
    if (!found.isEmpty()) {
      problems = found;
      return;
    }
    try {
      signal = signals.recordNationalStatus(current.actor(), signal.reference(), status, on);
      notice = CaseworkTexts.text("signal.page.nationalSaved");
    } catch (InvalidInputException e) {
      problems.put("nationalStatus", ScreenProblems.describe(e));
    }
  }

  public void saveFeedback() {
    clear();
    Map<String, String> found = new LinkedHashMap<>();
    LocalDate on = SignalFields.date("feedbackOn", feedbackOn, found);
    if (!found.isEmpty()) {
      problems = found;
      return;
    }
    try {
      signal = signals.recordFeedback(current.actor(), signal.reference(), on, feedbackNote);
      feedbackNote = null;
      notice = CaseworkTexts.text("signal.page.feedbackSaved");
    } catch (InvalidInputException e) {
      problems.put("feedbackNote", ScreenProblems.describe(e));
    }
  }

  public void openCase() throws IOException {
    clear();
    try {
      CaseView opened = cases.open(current.actor(), signal.reference());
      Pages.redirect("/coordinatie/zaken/" + opened.number() + "?geopend");
    } catch (InvalidInputException e) {
      problems.put("case", CaseworkTexts.text("signal.page.cannotOpen"));
    }
  }

  public void linkToCase() throws IOException {
    clear();
    String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase();
    try {
      cases.link(current.actor(), number, signal.reference());
      Pages.redirect("/coordinatie/zaken/" + number + "?gekoppeld");
    } catch (NotFoundException e) {
      problems.put("caseNumber", CaseworkTexts.text("signal.page.noSuchCase", number));
    } catch (InvalidInputException e) {
      problems.put("caseNumber", CaseworkTexts.text("signal.page.cannotLink"));
    }
  }

  private void clear() {
    problems = new LinkedHashMap<>();
    notice = null;
  }

  public boolean invalid(String field) {
    return problems.containsKey(field);
  }

  public String problemOf(String field) {
    return problems.get(field);
  }

  public String indicatorText(String code) {
    return indicatorTexts.getOrDefault(code, code);
  }

  public boolean isRegistered() {
    return signal != null && "registered".equals(signal.status());
  }

  public SignalView getSignal() {
    return signal;
  }

  public String getNationalStatus() {
    return nationalStatus;
  }

  public void setNationalStatus(String nationalStatus) {
    this.nationalStatus = nationalStatus;
  }

  public String getNationalStatusOn() {
    return nationalStatusOn;
  }

  public void setNationalStatusOn(String nationalStatusOn) {
    this.nationalStatusOn = nationalStatusOn;
  }

  public String getFeedbackOn() {
    return feedbackOn;
  }

  public void setFeedbackOn(String feedbackOn) {
    this.feedbackOn = feedbackOn;
  }

  public String getFeedbackNote() {
    return feedbackNote;
  }

  public void setFeedbackNote(String feedbackNote) {
    this.feedbackNote = feedbackNote;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public void setCaseNumber(String caseNumber) {
    this.caseNumber = caseNumber;
  }

  public String getNotice() {
    return notice;
  }
}
