package nl.wegwijzer.web.redactie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.wegwijzer.directory.service.ProfileFreshness;
import nl.wegwijzer.directory.service.ProfileFreshness.StaleProfile;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.security.CurrentUser;
import nl.wegwijzer.web.shared.Pager;

/** /redactie/profielen: profiles not verified for twelve months, with "mark verified". */
@Named
@ViewScoped
public class ProfilesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 25;

  @Inject transient ProfileFreshness freshness;
  @Inject transient CurrentUser currentUser;

  private int pageNumber = 1;
  private Page<StaleProfile> page = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private String notice;

  public void load() {
    page =
        freshness.stale(
            LocalDate.now(EditorialTexts.ZONE),
            new PageRequest(Math.max(1, pageNumber), PAGE_SIZE));
  }

  public void markVerified(String slug) {
    try {
      freshness.markVerified(slug, currentUser.getName(), LocalDate.now(EditorialTexts.ZONE));
      notice = EditorialTexts.text("profiles.verified", slug);
    } catch (NotFoundException e) {
      notice = EditorialTexts.text("profiles.gone", slug);
    }
    load();
  }

  public Page<StaleProfile> getPage() {
    return page;
  }

  public Pager getPager() {
    return Pager.of(page, "/redactie/profielen");
  }

  public String getNotice() {
    return notice;
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public void setPageNumber(int pageNumber) {
    this.pageNumber = pageNumber;
  }
}
