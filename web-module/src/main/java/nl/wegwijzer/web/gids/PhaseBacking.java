package nl.wegwijzer.web.gids;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import nl.wegwijzer.content.service.GuideService;
import nl.wegwijzer.content.service.PhaseView;
import nl.wegwijzer.directory.support.NotFoundException;

/** A phase of support at /{phase} with its steps in order. */
@Named("phasePage")
@RequestScoped
public class PhaseBacking {

  @Inject GuideService guide;

  private String slug;
  private PhaseView phase;

  public void load() throws IOException {
    try {
      phase = guide.phase(slug);
    } catch (NotFoundException e) {
      FacesContext context = FacesContext.getCurrentInstance();
      context.getExternalContext().responseSendError(404, null);
      context.responseComplete();
    }
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
