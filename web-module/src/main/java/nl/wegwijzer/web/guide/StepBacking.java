package nl.wegwijzer.web.guide;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wegwijzer.content.service.GuideService;
import nl.wegwijzer.content.service.StepView;
import nl.wegwijzer.directory.model.NearbyHelp;
import nl.wegwijzer.directory.support.NotFoundException;

/** A step at /{phase}/{step}: what happens, the rights that apply and who helps. */
@Named
@RequestScoped
public class StepBacking {

  @Inject GuideService guide;
  @Inject HelpingOrganisations helping;

  private String phase;
  private String slug;
  private String municipality;
  private StepView step;
  private List<NearbyHelp> organisations;

  public void load() {
    step = guide.step(slug);
    if (!step.phase().equals(phase)) {
      throw new NotFoundException("step", phase + "/" + slug);
    }
  }

  public List<NearbyHelp> getOrganisations() {
    if (organisations == null && step != null) {
      organisations = helping.forNeeds(step.careNeeds(), municipality);
    }
    return organisations;
  }

  public StepView getStep() {
    return step;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }
}
