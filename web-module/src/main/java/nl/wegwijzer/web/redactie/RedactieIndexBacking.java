package nl.wegwijzer.web.redactie;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import nl.wegwijzer.content.service.EditorialReading;
import nl.wegwijzer.content.service.EditorialViews.Dashboard;
import nl.wegwijzer.directory.service.ProfileFreshness;
import nl.wegwijzer.directory.service.ProfileFreshness.StaleProfile;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.security.CurrentUser;

/** /redactie: my drafts, what waits for my review, what is scheduled, and stale profiles. */
@Named
@RequestScoped
public class RedactieIndexBacking {

  @Inject EditorialReading editorial;
  @Inject ProfileFreshness freshness;
  @Inject CurrentUser currentUser;

  private Dashboard dashboard;
  private Page<StaleProfile> stale;

  public Dashboard getDashboard() {
    if (dashboard == null) {
      dashboard = editorial.dashboard(currentUser.getName());
    }
    return dashboard;
  }

  public Page<StaleProfile> getStale() {
    if (stale == null) {
      stale = freshness.stale(LocalDate.now(EditorialTexts.ZONE), new PageRequest(1, 10));
    }
    return stale;
  }
}
