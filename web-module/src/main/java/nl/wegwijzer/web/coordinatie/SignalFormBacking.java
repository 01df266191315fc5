package nl.wegwijzer.web.coordinatie;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.wegwijzer.casework.model.IncompleteException;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.casework.service.SignalForm;
import nl.wegwijzer.casework.service.SignalService;
import nl.wegwijzer.casework.service.SignalView;
import nl.wegwijzer.content.service.InformationService;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.web.shared.CaseworkTexts;
import nl.wegwijzer.web.shared.Pages;
import nl.wegwijzer.web.shared.Refused;

/**
 * /coordinatie/signalen/nieuw and /coordinatie/signalen/{reference}/bewerken: registering a signal
 * step by step. Everything typed lives in this view until it is saved; "next" and "previous" keep
 * it, a draft saves whatever is filled in, and the final submit shows every problem at once next to
 * its field, with the whole form open.
 */
@Named
@ViewScoped
public class SignalFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Inject transient SignalService signals;
  @Inject transient CaseService cases;
  @Inject transient CurrentActor current;
  @Inject transient PlaceService places;
  @Inject transient InformationService information;

  private String reference;
  private Long seenVersion;
  private String status;
  private SignalFields fields = new SignalFields();
  private final SignalSteps steps = new SignalSteps();
  private final SignalFormMessages messages = new SignalFormMessages();
  private final SignalChecklist checklist = new SignalChecklist();
  private String defaultRegionName = "";

  /** On the first request: an empty form, or the signal of the URL (another region's: 404). */
  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    checklist.themes(information.indicatorList());
    String defaultRegion = current.actor().defaultRegion();
    defaultRegionName = places.findRegion(defaultRegion).map(Region::name).orElse("");
    String wanted =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("reference");
    if (wanted == null) {
      fields.set("intakeDate", LocalDate.now(ZONE).toString());
      fields.markSaved();
      return;
    }
    SignalView shown = signals.read(current.actor(), wanted, "edit");
    if (shown.anonymised()) {
      Pages.notFound();
      return;
    }
    adopt(shown);
    fields = SignalFields.of(shown);
    fields.markSaved();
    steps.resume(shown.formStep());
  }

  private void adopt(SignalView shown) {
    reference = shown.reference();
    seenVersion = shown.version();
    status = shown.status();
  }

  private void collectTicked() {
    fields.takeTicked(
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap());
  }

  /** "Volgende" (1) or "Vorige" (-1). */
  public void step(int by) {
    goTo(steps.stepAway(by));
  }

  /** Shows a step; reaching the check saves a draft, so the service can look for duplicates. */
  public void goTo(String target) {
    collectTicked();
    messages.clear();
    if (steps.goTo(target) && steps.atCheck() && save()) {
      checklist.duplicates(signals.possibleDuplicates(current.actor(), reference));
    }
  }

  /** "Opslaan als concept": saves what is filled in, wherever the coordinator is. */
  public void saveDraft() {
    collectTicked();
    messages.clear();
    if (save()) {
      messages.notice(CaseworkTexts.text("signal.form.saved", reference));
    }
  }

  /**
   * Saves the fields; what cannot be read goes next to its field. What the service refuses goes on
   * to FailureHandler (see {@link #refused}); nothing typed is lost either way.
   */
  private boolean save() {
    Map<String, String> unreadable = new LinkedHashMap<>();
    SignalForm form = fields.toForm(unreadable);
    if (!unreadable.isEmpty()) {
      messages.refuse(unreadable);
      steps.showProblems(unreadable.keySet());
      return false;
    }
    adopt(signals.save(current.actor(), reference, form, seenVersion, steps.getStep()));
    fields.markSaved();
    messages.stale(false);
    return true;
  }

  /**
   * The handler's message is on the page; this opens the step of the refused field, and after a
   * conflict offers to overwrite the newer version.
   */
  void refused(@Observes(notifyObserver = Reception.IF_EXISTS) Refused refused) {
    if (refused.refusal() instanceof InvalidInputException invalid) {
      steps.showProblems(Set.of(invalid.field()));
    } else if (refused.refusal() instanceof ConflictException) {
      messages.stale(true);
    }
  }

  /** After a stale save: keeps what this coordinator typed over the newer version. */
  public void overwrite() {
    collectTicked();
    messages.clear();
    seenVersion = signals.read(current.actor(), reference, "edit-overwrite").version();
    if (save()) {
      messages.notice(CaseworkTexts.text("signal.form.saved", reference));
    }
  }

  /** Registers the signal: every problem at once, next to its field, with every step open. */
  public void submit() throws IOException {
    collectTicked();
    messages.clear();
    if (register()) {
      Pages.redirect("/coordinatie/signalen/" + reference + "?geregistreerd");
    }
  }

  /** Registers the signal and adds it to the case of a possible duplicate instead of a new one. */
  public void submitInto(String caseNumber) throws IOException {
    collectTicked();
    messages.clear();
    if (!register()) {
      return;
    }
    cases.link(current.actor(), caseNumber, reference);
    Pages.redirect("/coordinatie/zaken/" + caseNumber + "?gekoppeld");
  }

  private boolean register() {
    if (!save()) {
      return false;
    }
    try {
      adopt(signals.submit(current.actor(), reference));
      return true;
    } catch (IncompleteException e) {
      messages.incomplete(e.problems());
      steps.showAll();
      return false;
    }
  }

  /** Whether the person may be a minor, from the age or birth year typed: yes, no or unknown. */
  public String getMinor() {
    return fields.minor(LocalDate.now(ZONE));
  }

  /** The region the signal lands in: the municipality's, else the coordinator's first. */
  public String getRegionName() {
    String typed = fields.get("municipality");
    if (typed == null || typed.isBlank()) {
      return defaultRegionName;
    }
    try {
      return places.resolve(typed, "municipality").region().name();
    } catch (InvalidInputException e) {
      return "";
    }
  }

  public SignalSteps getSteps() {
    return steps;
  }

  public String getReference() {
    return reference;
  }

  public String getStatus() {
    return status;
  }

  /** The typed text by field name ({@code #{signalFormBacking.fields.age}}). */
  public Map<String, String> getFields() {
    return fields.text();
  }

  /** Whether leaving the page loses something: the page then warns (js/unsaved-changes.js). */
  public boolean isUnsaved() {
    return fields.unsaved();
  }

  public SignalFormMessages getMessages() {
    return messages;
  }

  public SignalChecklist getChecklist() {
    return checklist;
  }

  /** Whether a check box of a group ({@code indicators}, {@code forms}) is ticked. */
  public boolean ticked(String field, String code) {
    return fields.ticked(field).contains(code);
  }
}
