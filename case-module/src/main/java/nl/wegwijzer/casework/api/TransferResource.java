package nl.wegwijzer.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.casework.service.TransferService;
import nl.wegwijzer.casework.service.TransferService.TransferView;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Transfers of cases between regions: offered by the case's region, accepted or refused by the
 * receiving one. An offer to another region answers 404 to anyone else.
 */
@Path("transfers")
@ApplicationScoped
@RolesAllowed("coordinator")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TransferResource {

  @Inject TransferService transfers;
  @Inject CurrentActor current;

  /**
   * An offer: the case's number, the receiving region's code ({@code toRegion}) and a short note
   * (why, where to; {@code transferNote}).
   */
  public record NewTransfer(String caseNumber, String toRegion, String transferNote) {}

  /** Why the receiving region refuses. */
  public record Refusal(String reason) {}

  /** Transfers from and to the caller's regions, newest first. */
  @GET
  public List<TransferView> list() {
    return transfers.list(current.actor());
  }

  @GET
  @Path("{id}")
  public TransferView read(@PathParam("id") String id) {
    return transfers.read(current.actor(), idOf(id));
  }

  /** 201 with the offer's address. */
  @POST
  @APIResponse(
      responseCode = "201",
      description = "The offer; Location says where it is",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TransferView.class)))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response offer(NewTransfer body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInputException("body", "send the offer as JSON");
    }
    TransferView offered =
        transfers.offer(current.actor(), body.caseNumber(), body.toRegion(), body.transferNote());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(offered.id())).build())
        .entity(offered)
        .build();
  }

  @POST
  @Path("{id}/accept")
  @APIResponse(
      responseCode = "200",
      description = "The transfer accepted: the case is the receiving region's",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TransferView.class)))
  public TransferView accept(@PathParam("id") String id) {
    return transfers.accept(current.actor(), idOf(id));
  }

  @POST
  @Path("{id}/refuse")
  @APIResponse(
      responseCode = "200",
      description = "The transfer refused: the case stays where it is",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TransferView.class)))
  @Consumes(MediaType.APPLICATION_JSON)
  public TransferView refuse(@PathParam("id") String id, Refusal body) {
    return transfers.refuse(current.actor(), idOf(id), body == null ? null : body.reason());
  }

  private static long idOf(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("transfer", id);
    }
  }
}
