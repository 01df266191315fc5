package nl.wegwijzer.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.wegwijzer.casework.model.SetAsideReason;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.casework.service.TriageService;
import nl.wegwijzer.directory.support.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Triage of the inbox: a received signal of the caller's regions is taken into work or set aside
 * with a reason, and a set-aside one can go back to the inbox; another region's signal answers 404.
 */
@Path("triage")
@ApplicationScoped
@RolesAllowed("coordinator")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

  @Inject TriageService triage;
  @Inject CurrentActor current;

  /** Why a signal is set aside: {@code reason} not-trafficking | spam | duplicate. */
  public record SetAside(String reason, String advice, String duplicateOf) {}

  @POST
  @Path("{reference}/take-into-work")
  @APIResponse(
      responseCode = "200",
      description = "The signal taken into work",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TriageService.Decision.class)))
  public TriageService.Decision takeIntoWork(@PathParam("reference") String reference) {
    return triage.takeIntoWork(current.actor(), reference);
  }

  /** With not-trafficking the advice given; with duplicate the reference of the signal repeated. */
  @POST
  @Path("{reference}/set-aside")
  @APIResponse(
      responseCode = "200",
      description = "The signal set aside",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TriageService.Decision.class)))
  @Consumes(MediaType.APPLICATION_JSON)
  public TriageService.Decision setAside(@PathParam("reference") String reference, SetAside body) {
    if (body == null) {
      throw new InvalidInputException("body", "send the reason as JSON");
    }
    SetAsideReason reason = Inputs.code(SetAsideReason.class, "reason", body.reason());
    if (reason == null) {
      throw new InvalidInputException("reason", "is required");
    }
    return triage.setAside(current.actor(), reference, reason, body.advice(), body.duplicateOf());
  }

  /** Undoes a set-aside until the retention job deletes the signal; its history keeps both. */
  @POST
  @Path("{reference}/back-to-inbox")
  @APIResponse(
      responseCode = "200",
      description = "The signal back in the inbox",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TriageService.Decision.class)))
  public TriageService.Decision backToInbox(@PathParam("reference") String reference) {
    return triage.backToInbox(current.actor(), reference);
  }
}
