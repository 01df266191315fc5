package nl.wegwijzer.web.guide;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wegwijzer.content.service.GuideService;
import nl.wegwijzer.content.service.PhaseView;

/** A phase of support at /{phase} with its steps in order. */
@Named
@RequestScoped
public class PhaseBacking {

  @Inject GuideService guide;

  private String slug;
  private PhaseView phase;

  public void load() {
    phase = guide.phase(slug);
  }

  public PhaseView getPhase() {
    return phase;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
