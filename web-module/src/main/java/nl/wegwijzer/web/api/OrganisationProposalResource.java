package nl.wegwijzer.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.Map;
import nl.wegwijzer.content.service.OrganisationProposals;
import nl.wegwijzer.content.service.RevisionView;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.web.security.CurrentUser;
import nl.wegwijzer.web.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code POST /api/organisation-proposals}: a coordinator proposes a new organisation of their
 * region or a correction to the profile of one that serves it (the slug of a live organisation). It
 * lands in the editors' review queue, marked as proposed (201, its {@code Location} the editors'
 * preview of the version); 403 for an organisation of another region. Here rather than in the
 * content module because it needs the caller's regions, which the web module's login knows.
 */
@Path("organisation-proposals")
@ApplicationScoped
@RolesAllowed(Role.COORDINATOR)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationProposalResource {

  /**
   * A proposed profile: its slug and its fields as the editors' workflow names them ({@code name},
   * {@code description}, {@code service.1.careNeed}, …), and optionally a note for the editors.
   */
  public record OrganisationProposal(String slug, Map<String, String> fields, String note) {}

  @Inject OrganisationProposals proposals;
  @Inject CurrentUser user;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "The proposal, in review",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RevisionView.class)))
  public Response propose(OrganisationProposal body, @Context UriInfo uri) {
    if (body == null || body.slug() == null || body.fields() == null) {
      throw new InvalidInputException("slug", "send the slug and the fields as JSON");
    }
    RevisionView proposed =
        proposals.propose(
            body.slug(),
            body.fields(),
            body.note(),
            user.getName(),
            new HashSet<>(user.getRegions()));
    // The version has no API route of its own: it is read where the editors review it.
    return Response.created(uri.getBaseUri().resolve("../redactie/voorbeeld/" + proposed.id()))
        .entity(proposed)
        .build();
  }
}
