package nl.wegwijzer.web.coordinatie;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.service.EditableKinds;
import nl.wegwijzer.content.service.InvalidFieldsException;
import nl.wegwijzer.content.service.OrganisationKind;
import nl.wegwijzer.content.service.OrganisationProposals;
import nl.wegwijzer.web.redactie.OrganisationProfileForm;
import nl.wegwijzer.web.security.CurrentUser;
import nl.wegwijzer.web.shared.Pages;

/**
 * /coordinatie/voorstellen/organisaties/{slug} and /coordinatie/voorstellen/nieuw: a coordinator
 * proposes a correction to the profile of an organisation serving their region (starting from the
 * live profile) or a new organisation of their region, with a note for the editors. The editors'
 * profile form, with a service's area limited to the coordinator's regions and their municipalities
 * (and what the live profile names already); the proposal goes to the editors' review queue.
 * Another region's organisation answers 403, as the API does.
 */
@Named
@ViewScoped
public class OrganisationProposalBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient OrganisationProposals proposals;
  @Inject transient EditableKinds kinds;
  @Inject transient CurrentUser user;

  private String slug;
  private String newSlug;
  private String note;
  private String name;
  private boolean refused;
  private OrganisationProfileForm profile;
  private String problem;
  private final Map<String, String> fieldProblems = new HashMap<>();

  @PostConstruct
  void init() {
    slug =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slug");
    profile =
        new OrganisationProfileForm(
            (OrganisationKind) kinds.of(EditorialKind.ORGANISATION),
            proposals.areasFor(slug, regions()));
    refused = slug != null && !proposals.mayCorrect(slug, regions());
    if (slug != null && !refused) {
      Map<String, String> live = proposals.current(slug, regions());
      profile.fill(live);
      name = live.get("name");
    }
  }

  private Set<String> regions() {
    return new HashSet<>(user.getRegions());
  }

  /** Answers 403 for an organisation that serves none of the coordinator's regions. */
  public void load() throws IOException {
    if (refused) {
      Pages.forbidden();
    }
  }

  /** Sends the proposal to the editors; its problems come back at their fields. */
  public void send() throws IOException {
    problem = null;
    fieldProblems.clear();
    try {
      proposals.propose(
          slug == null ? Objects.toString(newSlug, "") : slug,
          profile.collect(),
          note,
          user.getName(),
          regions());
      Pages.redirect("/coordinatie/voorstellen?verzonden=1");
    } catch (InvalidFieldsException e) {
      problem = profile.showProblems(e.problems(), fieldProblems);
    }
  }

  public boolean invalid(String field) {
    return fieldProblems.containsKey(field);
  }

  public String problemOf(String field) {
    return fieldProblems.get(field);
  }

  public boolean isCorrection() {
    return slug != null;
  }

  /** The organisation's current name, for the title of a correction. */
  public String getName() {
    return name;
  }

  public OrganisationProfileForm getProfile() {
    return profile;
  }

  public Map<String, String> getFieldProblems() {
    return fieldProblems;
  }

  public String getProblem() {
    return problem;
  }

  public String getNewSlug() {
    return newSlug;
  }

  public void setNewSlug(String newSlug) {
    this.newSlug = newSlug;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
