package nl.wegwijzer.web.redactie;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Revision;
import nl.wegwijzer.content.service.EditableKinds;
import nl.wegwijzer.content.service.FieldProblem;
import nl.wegwijzer.content.service.OrganisationKind;

/**
 * /redactie/organisaties/{slug} and /redactie/organisaties/nieuw: an organisation's profile with
 * its repeatable rows (phones, locations, services; added and removed by plain postbacks that keep
 * what was typed) and the workflow's buttons, as on the guide's edit page.
 */
@Named
@ViewScoped
public class OrganisationEditBacking extends WorkflowEditBacking {

  private static final long serialVersionUID = 1L;
  private static final EditorialKind KIND = EditorialKind.ORGANISATION;

  @Inject transient EditableKinds kinds;

  private OrganisationProfileForm profile;

  @PostConstruct
  void init() {
    slug = WorkflowPage.param("slug");
    profile = new OrganisationProfileForm((OrganisationKind) kinds.of(KIND));
    show(slug == null ? reading.newItem(KIND) : reading.editor(KIND, slug));
  }

  @Override
  protected EditorialKind editorialKind() {
    return KIND;
  }

  @Override
  protected String listPath() {
    return "/redactie/organisaties";
  }

  @Override
  protected void fill(Map<String, String> fields) {
    profile.fill(fields);
  }

  @Override
  protected Map<String, String> collect() {
    return profile.collect();
  }

  /** Names the row of a row's value ('Dienst 2: Zorgbehoefte'). */
  @Override
  protected String showProblems(List<FieldProblem> problems) {
    return profile.showProblems(problems, fieldProblems);
  }

  public OrganisationProfileForm getProfile() {
    return profile;
  }

  /** What a coordinator who proposed this version tells the editors, or null. */
  public String getProposalNote() {
    return open == null ? null : open.fields().get(Revision.PROPOSAL_NOTE);
  }
}
