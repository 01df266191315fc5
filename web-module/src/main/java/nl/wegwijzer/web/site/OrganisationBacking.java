package nl.wegwijzer.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Pattern;
import nl.wegwijzer.content.model.SimpleHtml;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.service.OrganisationProfile;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.shared.LanguageBacking;

/**
 * An organisation's profile at /organisaties/{slug}; an unknown slug is a 404 page. Opened from the
 * directory's results, it carries that list's address ({@code ?terug=/organisaties?need=…}), so
 * that the way back leads to the same filters and page.
 */
@Named
@RequestScoped
public class OrganisationBacking {

  /** The parameter with the address of the list the profile was opened from. */
  static final String BACK_PARAMETER = "terug";

  private static final String LIST = "/organisaties";

  /**
   * Only a list of the directory, with its query and the anchor of its results, may be the way
   * back: never another site or page.
   */
  private static final Pattern BACK =
      Pattern.compile("^" + LIST + "(\\?[A-Za-z0-9_.~%+=&-]*)?(#resultaten)?$");

  @Inject OrganisationDirectory directory;
  @Inject LanguageBacking language;

  private String slug;
  private String back;
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

  /** The directory's list the visitor came from, or the whole list. */
  public String getBackPath() {
    return back != null && BACK.matcher(back).matches() ? back : LIST;
  }

  public String getBack() {
    return back;
  }

  public void setBack(String back) {
    this.back = back;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
