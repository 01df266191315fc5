package nl.wegwijzer.directory.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import nl.wegwijzer.directory.service.Hsds;
import nl.wegwijzer.directory.service.HsdsDirectory;
import nl.wegwijzer.directory.service.HsdsExport;
import nl.wegwijzer.directory.service.HsdsQuery;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The published directory as Open Referral HSDS 3.0 (docs/hsds.md), beside the directory's own API:
 * HSDS's paged lists and parameters, single objects by their stable id, and the whole directory as
 * downloads that a consumer fetches again only when they changed.
 */
@Path("hsds")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class HsdsResource {

  /** What identifies our use of HSDS: the mapping in docs/hsds.md. */
  static final String PROFILE = "https://wegwijzer.nl/open-data/hsds";

  @Inject HsdsDirectory directory;
  @Inject HsdsExport export;

  /** The HSDS version, the profile and where the OpenAPI document is. */
  @GET
  public Hsds.About about(@Context UriInfo uri) {
    return new Hsds.About(Hsds.VERSION, PROFILE, uri.getBaseUri().resolve("../openapi").toString());
  }

  /**
   * Published services, by organisation. {@code search}: words of the organisation's profile;
   * {@code taxonomy_term_id}: a term of the Wegwijzer taxonomy (either language); {@code
   * modified_after}: an ISO date-time or day; {@code full}: true for fully nested services; {@code
   * page} from 1, {@code per_page} 1–100.
   */
  @GET
  @Path("services")
  @Extension(name = "x-page", value = "Paged<Service>")
  @APIResponse(
      responseCode = "200",
      description = "A page of services",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Hsds.Service.class)))
  public Hsds.Paged<Hsds.Service> services(@BeanParam HsdsParameters parameters) {
    return directory.services(parameters.query());
  }

  /** One published service, fully nested. */
  @GET
  @Path("services/{id}")
  public Hsds.Service service(@PathParam("id") String id) {
    return directory.service(id);
  }

  /** Published organisations, by name key; parameters as for services. */
  @GET
  @Path("organizations")
  @Extension(name = "x-page", value = "Paged<Organization>")
  @APIResponse(
      responseCode = "200",
      description = "A page of organizations",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Hsds.Organization.class)))
  public Hsds.Paged<Hsds.Organization> organizations(@BeanParam HsdsParameters parameters) {
    return directory.organisations(parameters.query());
  }

  /** One published organisation with its phones, locations and services. */
  @GET
  @Path("organizations/{id}")
  public Hsds.Organization organization(@PathParam("id") String id) {
    return directory.organisation(id);
  }

  /** Each published service at each of its organisation's locations; parameters as for services. */
  @GET
  @Path("service_at_locations")
  @Extension(name = "x-page", value = "Paged<ServiceAtLocation>")
  @APIResponse(
      responseCode = "200",
      description = "A page of services at locations",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Hsds.ServiceAtLocation.class)))
  public Hsds.Paged<Hsds.ServiceAtLocation> servicesAtLocations(
      @BeanParam HsdsParameters parameters) {
    return directory.servicesAtLocations(parameters.query());
  }

  /** One service at one location, with both fully nested. */
  @GET
  @Path("service_at_locations/{id}")
  public Hsds.ServiceAtLocation serviceAtLocation(@PathParam("id") String id) {
    return directory.serviceAtLocation(id);
  }

  /** The one taxonomy: Wegwijzer's. */
  @GET
  @Path("taxonomies")
  @Extension(name = "x-page", value = "Paged<Taxonomy>")
  @APIResponse(
      responseCode = "200",
      description = "A page of taxonomies",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Hsds.Taxonomy.class)))
  public Hsds.Paged<Hsds.Taxonomy> taxonomies(
      @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
    return directory.taxonomies(new HsdsQuery(null, null, page, perPage, null, null));
  }

  /** The taxonomy's terms, each in Dutch and in English. */
  @GET
  @Path("taxonomy_terms")
  @Extension(name = "x-page", value = "Paged<TaxonomyTerm>")
  @APIResponse(
      responseCode = "200",
      description = "A page of taxonomy terms",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Hsds.TaxonomyTerm.class)))
  public Hsds.Paged<Hsds.TaxonomyTerm> taxonomyTerms(
      @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
    return directory.taxonomyTerms(new HsdsQuery(null, null, page, perPage, null, null));
  }

  /** The whole directory as one HSDS package in JSON; 304 when the caller's copy is current. */
  @GET
  @Path("downloads/hsds.json")
  @APIResponse(
      responseCode = "200",
      description = "The HSDS package",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag or date sent")
  public Response packageJson(@Context Request request) {
    return send(request, export.json(), MediaType.APPLICATION_JSON, "wegwijzer-hsds.json");
  }

  /** The whole directory as HSDS's tabular form: CSV files and datapackage.json in a zip. */
  @GET
  @Path("downloads/hsds-csv.zip")
  @Produces("application/zip")
  @APIResponse(
      responseCode = "200",
      description = "The CSV files and datapackage.json",
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag or date sent")
  public Response packageCsv(@Context Request request) {
    return send(request, export.csv(), "application/zip", "wegwijzer-hsds-csv.zip");
  }

  private static Response send(
      Request request, HsdsExport.Download download, String type, String fileName) {
    EntityTag tag = new EntityTag(download.entityTag());
    Date lastModified = Date.from(download.lastModified());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified, tag);
    Response.ResponseBuilder answer =
        notModified != null
            ? notModified
            : Response.ok(download.bytes(), type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    return answer
        .tag(tag)
        .lastModified(lastModified)
        .header("Cache-Control", "public, max-age=0, must-revalidate")
        .build();
  }
}
