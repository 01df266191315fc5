package nl.wegwijzer.web.coordinatie;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wegwijzer.casework.model.SetAsideReason;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.casework.service.TriageService;
import nl.wegwijzer.web.shared.CaseworkTexts;

/**
 * The triage part of a signal's page (include signal/triage.xhtml): a received signal is taken into
 * work or set aside with a reason; a set-aside one shows why and can go back to the inbox; the
 * signal's history lists every decision.
 */
@Named
@ViewScoped
public class SignalTriageBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TriageService triage;
  @Inject transient CurrentActor current;
  @Inject SignalBacking page;

  private final Map<String, String> typed = new LinkedHashMap<>();
  private Map<String, String> problems = new LinkedHashMap<>();
  private TriageService.Decision decision;

  /** What was decided, for a signal that was set aside. */
  public TriageService.Decision getDecision() {
    if (decision == null && page.getSignal() != null) {
      decision = triage.decision(current.actor(), page.getSignal().reference());
    }
    return decision;
  }

  public Map<String, String> getTyped() {
    return typed;
  }

  public void takeIntoWork() {
    String reference = page.getSignal().reference();
    triage.takeIntoWork(current.actor(), reference);
    go("/coordinatie/signalen/" + reference + "/bewerken", "triage.taken");
  }

  public void setAside() {
    problems = new LinkedHashMap<>();
    SetAsideReason reason =
        SignalFields.code(SetAsideReason.class, "reason", typed.get("reason"), problems);
    if (reason == null) {
      problems.putIfAbsent("reason", CaseworkTexts.text("problem.required"));
      return;
    }
    String reference = page.getSignal().reference();
    triage.setAside(
        current.actor(), reference, reason, typed.get("advice"), typed.get("duplicateOf"));
    go("/coordinatie/signalen/" + reference, "triage.setAside");
  }

  public void backToInbox() {
    String reference = page.getSignal().reference();
    triage.backToInbox(current.actor(), reference);
    go("/coordinatie/signalen/" + reference, "triage.backInInbox");
  }

  private static void go(String path, String noticeKey) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().put("triageNotice", CaseworkTexts.text(noticeKey));
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean invalid(String field) {
    return problems.containsKey(field);
  }

  public String problemOf(String field) {
    return problems.get(field);
  }
}
