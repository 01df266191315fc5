package nl.wegwijzer.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wegwijzer.content.model.SimpleHtml;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.service.OrganisationProfile;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.shared.LanguageBacking;

/** An organisation's profile at /organisaties/{slug}; an unknown slug is a 404 page. */
@Named
@RequestScoped
public class OrganisationBacking {

  @Inject OrganisationDirectory directory;
  @Inject LanguageBacking language;

  private String slug;
  private OrganisationProfile organisation;

  public void load() {
    if (!Slugs.isSlug(slug)) {
      throw new NotFoundException("organisation", String.valueOf(slug));
    }
    organisation = directory.profile(slug);
  }

  public OrganisationProfile getOrganisation() {
    return organisation;
  }

  /**
   * The description as safe HTML, in English for an English reader where there is one: an editor's
   * rich text, or plain text (escaped by the sanitiser), cleaned again here so that nothing stored
   * by another route can bring markup onto the page.
   */
  public String getDescriptionHtml() {
    return organisation == null
        ? ""
        : SimpleHtml.sanitise(
            language.pick(organisation.description(), organisation.descriptionEn()));
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
