package nl.wegwijzer.web.gids;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import nl.wegwijzer.content.service.GuideService;
import nl.wegwijzer.content.service.PhaseView;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.shared.Pages;

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
      Pages.notFound();
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
