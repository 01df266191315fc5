package nl.wegwijzer.directory.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.service.OrganisationProfile;
import nl.wegwijzer.directory.support.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("organisations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

  @Inject OrganisationDirectory directory;

  /**
   * Searches the directory. {@code q}: Dutch free text; {@code need}: a care need code; {@code
   * region}: a region code; {@code municipality}: a name, CBS code or postcode; {@code age}: minor
   * | adult; {@code gender}: female | male | x; {@code nationality}: dutch | eu | non-eu; {@code
   * form}: sexual-domestic | sexual-cross-border | labour | criminal | forced-begging | organ |
   * other; {@code language}: ISO 639 code; {@code sort}: relevance | name | name-desc; {@code page}
   * from 1, {@code size} 1–100.
   */
  @GET
  @Extension(name = "x-page", value = "PageView<OrganisationSummary>")
  @APIResponse(
      responseCode = "200",
      description = "A page of organisations",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganisationSummary.class)))
  public PageView<OrganisationSummary> search(
      @QueryParam("q") String text,
      @QueryParam("need") String need,
      @QueryParam("region") String region,
      @QueryParam("municipality") String municipality,
      @QueryParam("age") String age,
      @QueryParam("gender") String gender,
      @QueryParam("nationality") String nationality,
      @QueryParam("form") String form,
      @QueryParam("language") String language,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    DirectoryQuery query =
        new DirectoryQuery(
            text, need, region, municipality, age, gender, nationality, form, language, sort);
    return PageView.of(directory.search(query, QueryParameters.page(page, size)));
  }

  /** One organisation's profile; confidential addresses are never included. */
  @GET
  @Path("{slug}")
  public OrganisationProfile profile(@PathParam("slug") String slug) {
    if (!Slugs.isSlug(slug)) {
      throw new NotFoundException("organisation", slug);
    }
    return directory.profile(slug);
  }
}
