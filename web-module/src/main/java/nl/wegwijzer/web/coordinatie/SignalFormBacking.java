package nl.wegwijzer.web.coordinatie;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.casework.model.IncompleteException;
import nl.wegwijzer.casework.model.PersonAge;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.casework.service.DuplicateMatch;
import nl.wegwijzer.casework.service.SignalForm;
import nl.wegwijzer.casework.service.SignalService;
import nl.wegwijzer.casework.service.SignalView;
import nl.wegwijzer.content.service.InformationService;
import nl.wegwijzer.content.service.InformationViews.ThemeView;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.shared.CaseworkTexts;
import nl.wegwijzer.web.shared.Pages;

/**
 * /coordinatie/signalen/nieuw and /coordinatie/signalen/{reference}/bewerken: registering a signal
 * step by step. Everything typed lives in this view until it is saved; "next" and "previous" keep
 * it, a draft saves whatever is filled in, and the final submit shows every problem at once next to
 * its field, with the whole form open.
 */
@Named("signalForm")
@ViewScoped
public class SignalFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** The steps in order. */
  public static final List<String> STEPS =
      List.of("intake", "waar", "wat", "wie", "toestemming", "controle");

  private static final Map<String, String> STEP_OF_FIELD = new LinkedHashMap<>();

  static {
    for (String f : List.of("intakeDate", "channel", "reporterType", "reporterContact")) {
      STEP_OF_FIELD.put(f, "intake");
    }
    STEP_OF_FIELD.put("municipality", "waar");
    for (String f :
        List.of("form", "sector", "periodFrom", "periodUntil", "indicators", "account")) {
      STEP_OF_FIELD.put(f, "wat");
    }
    for (String f :
        List.of(
            "pseudonym",
            "age",
            "birthYear",
            "gender",
            "nationality",
            "languages",
            "interpreterNeeded",
            "residenceStatus")) {
      STEP_OF_FIELD.put(f, "wie");
    }
    STEP_OF_FIELD.put("consent", "toestemming");
    STEP_OF_FIELD.put("consentSignedBy", "toestemming");
  }

  @Inject transient SignalService signals;
  @Inject transient CaseService cases;
  @Inject transient CurrentActor current;
  @Inject transient PlaceService places;
  @Inject transient InformationService information;

  private String reference;
  private Long seenVersion;
  private String status;
  private SignalFields fields = new SignalFields();
  private String step = "intake";
  private boolean showAll;
  private Map<String, String> problems = new LinkedHashMap<>();
  private String notice;
  private String problem;
  private boolean stale;
  private List<DuplicateMatch> duplicates = List.of();
  private List<ThemeView> themes = List.of();
  private List<RegionView> ownRegions = List.of();

  /** On the first request: an empty form, or the signal of the URL (another region's: 404). */
  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    themes = information.indicatorList();
    ownRegions =
        places.regions().stream()
            .filter(r -> current.actor().regions().contains(r.code()))
            .toList();
    String wanted =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("reference");
    if (wanted == null) {
      fields.setIntakeDate(LocalDate.now(ZONE).toString());
      return;
    }
    try {
      SignalView shown = signals.read(current.actor(), wanted, "edit");
      if (shown.anonymised()) {
        Pages.notFound();
        return;
      }
      adopt(shown);
      fields = SignalFields.of(shown);
    } catch (NotFoundException e) {
      Pages.notFound();
    }
  }

  private void adopt(SignalView shown) {
    reference = shown.reference();
    seenVersion = shown.version();
    status = shown.status();
  }

  /** Takes the ticked indicators from the post when the "what" step was on the page. */
  private void collectIndicators() {
    Map<String, String[]> posted =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    if (posted.containsKey("indicators-shown")) {
      String[] ticked = posted.get("indicator");
      fields.setIndicators(ticked == null ? List.of() : new ArrayList<>(Arrays.asList(ticked)));
    }
  }

  private void clearMessages() {
    problems = new LinkedHashMap<>();
    notice = null;
    problem = null;
  }

  public void next() {
    move(1);
  }

  public void previous() {
    move(-1);
  }

  private void move(int by) {
    int at = STEPS.indexOf(step) + by;
    goTo(STEPS.get(Math.max(0, Math.min(STEPS.size() - 1, at))));
  }

  /** Shows a step; reaching the check saves a draft, so the service can look for duplicates. */
  public void goTo(String target) {
    collectIndicators();
    clearMessages();
    showAll = false;
    if (!STEPS.contains(target)) {
      return;
    }
    step = target;
    if ("controle".equals(target) && save()) {
      duplicates = signals.possibleDuplicates(current.actor(), reference);
    }
  }

  /** "Opslaan als concept": saves what is filled in, wherever the coordinator is. */
  public void saveDraft() {
    collectIndicators();
    clearMessages();
    if (save()) {
      notice = CaseworkTexts.text("signal.form.saved", reference);
    }
  }

  /** Saves the fields; problems go next to their fields and nothing is lost. */
  private boolean save() {
    Map<String, String> unreadable = new LinkedHashMap<>();
    SignalForm form = fields.toForm(unreadable);
    if (!unreadable.isEmpty()) {
      refuse(unreadable);
      return false;
    }
    try {
      adopt(signals.save(current.actor(), reference, form, seenVersion));
      stale = false;
      return true;
    } catch (InvalidInputException e) {
      refuse(Map.of(e.field(), SignalProblems.describe(e)));
    } catch (ConflictException e) {
      stale = true;
      problem = CaseworkTexts.text("signal.form.stale");
    }
    return false;
  }

  /** After a stale save: keeps what this coordinator typed over the newer version. */
  public void overwrite() {
    collectIndicators();
    clearMessages();
    try {
      seenVersion = signals.read(current.actor(), reference, "edit-overwrite").version();
    } catch (NotFoundException e) {
      problem = CaseworkTexts.text("signal.form.gone");
      return;
    }
    if (save()) {
      notice = CaseworkTexts.text("signal.form.saved", reference);
    }
  }

  private void refuse(Map<String, String> found) {
    problems = new LinkedHashMap<>(found);
    if (problems.size() == 1 && !showAll) {
      String field = problems.keySet().iterator().next();
      step = STEP_OF_FIELD.getOrDefault(field, step);
    } else {
      showAll = true;
    }
  }

  /** Registers the signal: every problem at once, next to its field, with every step open. */
  public void submit() throws IOException {
    collectIndicators();
    clearMessages();
    if (register()) {
      redirect("/coordinatie/signalen/" + reference + "?geregistreerd");
    }
  }

  /** Registers the signal and adds it to the case of a possible duplicate instead of a new one. */
  public void submitInto(String caseNumber) throws IOException {
    collectIndicators();
    clearMessages();
    if (!register()) {
      return;
    }
    try {
      cases.link(current.actor(), caseNumber, reference);
      redirect("/coordinatie/zaken/" + caseNumber + "?gekoppeld");
    } catch (InvalidInputException | NotFoundException e) {
      problem = CaseworkTexts.text("signal.form.linkFailed", caseNumber);
    }
  }

  private boolean register() {
    if (!save()) {
      return false;
    }
    try {
      adopt(signals.submit(current.actor(), reference));
      return true;
    } catch (IncompleteException e) {
      Map<String, String> found = new LinkedHashMap<>();
      for (String field : STEP_OF_FIELD.keySet()) {
        if (e.problems().containsKey(field)) {
          found.put(field, SignalProblems.describe(field, e.problems().get(field)));
        }
      }
      e.problems().forEach((f, m) -> found.putIfAbsent(f, SignalProblems.describe(f, m)));
      problems = found;
      showAll = true;
      problem = CaseworkTexts.text("signal.form.incomplete", found.size());
      return false;
    } catch (InvalidInputException e) {
      refuse(Map.of(e.field(), SignalProblems.describe(e)));
      return false;
    }
  }

  private static void redirect(String path) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  /** Whether a step's fields are on the page: the current step, or all after a failed submit. */
  public boolean showing(String section) {
    return showAll ? !"controle".equals(section) : section.equals(step);
  }

  public boolean invalid(String field) {
    return problems.containsKey(field);
  }

  public String problemOf(String field) {
    return problems.get(field);
  }

  /** The ids of the hint and the error that describe a field. */
  public String describedBy(String field, boolean hasHint) {
    String ids = hasHint ? field + "-hint" : "";
    return invalid(field) ? (ids + " " + field + "-error").strip() : ids;
  }

  /** Whether the person may be a minor, from the age or birth year typed: yes, no or unknown. */
  public String getMinor() {
    Map<String, String> ignored = new LinkedHashMap<>();
    Integer age = SignalFields.number("age", fields.getAge(), ignored);
    Integer year = SignalFields.number("birthYear", fields.getBirthYear(), ignored);
    LocalDate on = SignalFields.date("intakeDate", fields.getIntakeDate(), ignored);
    LocalDate day = on == null ? LocalDate.now(ZONE) : on;
    try {
      Boolean minor = PersonAge.of(age, year, day).minorOn(day);
      return minor == null ? "unknown" : minor ? "yes" : "no";
    } catch (InvalidInputException e) {
      return "unknown";
    }
  }

  /** The region the signal lands in: the municipality's, else the coordinator's first. */
  public String getRegionName() {
    String typed = fields.getMunicipality();
    if (typed != null && !typed.isBlank()) {
      try {
        Municipality m = places.resolve(typed, "municipality");
        return m.region().name();
      } catch (InvalidInputException e) {
        return "";
      }
    }
    String code = current.actor().defaultRegion();
    return ownRegions.stream()
        .filter(r -> r.code().equals(code))
        .map(RegionView::name)
        .findFirst()
        .orElse("");
  }

  public int getStepNumber() {
    return STEPS.indexOf(step) + 1;
  }

  public List<String> getSteps() {
    return STEPS;
  }

  public boolean isFirstStep() {
    return STEPS.indexOf(step) == 0;
  }

  public boolean isLastStep() {
    return "controle".equals(step) && !showAll;
  }

  public boolean isShowAll() {
    return showAll;
  }

  public String getStep() {
    return step;
  }

  public String getReference() {
    return reference;
  }

  public String getStatus() {
    return status;
  }

  public SignalFields getFields() {
    return fields;
  }

  public Map<String, String> getProblems() {
    return problems;
  }

  public String getNotice() {
    return notice;
  }

  public String getProblem() {
    return problem;
  }

  public boolean isStale() {
    return stale;
  }

  public List<DuplicateMatch> getDuplicates() {
    return duplicates;
  }

  public List<ThemeView> getThemes() {
    return themes;
  }

  /** A similarity of 0–1 as a whole percentage. */
  public String percent(double score) {
    return Math.round(score * 100) + "%";
  }

  /** The text of an indicator code, from the published list. */
  public String indicatorText(String code) {
    return themes.stream()
        .flatMap(t -> t.indicators().stream())
        .filter(i -> i.code().equals(code))
        .map(i -> i.text())
        .findFirst()
        .orElse(code);
  }

  public boolean ticked(String code) {
    return fields.getIndicators().contains(code);
  }

  public String getToday() {
    return LocalDate.now(ZONE).toString();
  }

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
