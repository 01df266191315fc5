package nl.wegwijzer.web.organisaties;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.service.OrganisationProfile;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.shared.Pages;

/** An organisation's profile at /organisaties/{slug}; an unknown slug is a 404 page. */
@Named("organisationProfile")
@RequestScoped
public class OrganisationProfileBacking {

  @Inject OrganisationDirectory directory;

  private String slug;
  private OrganisationProfile organisation;

  public void load() throws IOException {
    try {
      if (!Slugs.isSlug(slug)) {
        throw new NotFoundException("organisation", String.valueOf(slug));
      }
      organisation = directory.profile(slug);
    } catch (NotFoundException e) {
      Pages.notFound();
    }
  }

  public OrganisationProfile getOrganisation() {
    return organisation;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
