package nl.wegwijzer.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wegwijzer.content.service.GuideService;
import nl.wegwijzer.content.service.PhaseView;

/** The four phases, for the home page and the navigation. */
@Named
@RequestScoped
public class HomeBacking {

  @Inject GuideService guide;

  private List<PhaseView> phases;

  public List<PhaseView> getPhases() {
    if (phases == null) {
      phases = guide.phases();
    }
    return phases;
  }
}
