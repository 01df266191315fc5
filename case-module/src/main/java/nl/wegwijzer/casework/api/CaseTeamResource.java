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
import nl.wegwijzer.casework.model.CaseFlag;
import nl.wegwijzer.casework.model.ReopenReason;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.casework.service.CaseView;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.directory.support.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Who works on a case, as the case page's overview changes it: handing it over, its flags, and
 * reopening it. Each body carries the case's {@code version} as the caller read it; a case changed
 * since answers 409 and stays as it is. Another region's case answers 404. Its own path under the
 * case (not {@code cases/{number}}), so that it never shadows {@link CaseResource}'s routes.
 */
@Path("cases/{number}/team")
@ApplicationScoped
@RolesAllowed("coordinator")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseTeamResource {

  @Inject CaseService cases;
  @Inject CurrentActor current;

  /** To whom: the user name of a coordinator of the case's region. */
  public record Handover(String to, Long version) {}

  /** A flag's code (minor | acute-danger | interpreter-needed), set (true) or cleared (false). */
  public record FlagChange(String flag, Boolean set, Long version) {}

  /**
   * Why (new-signal | new-need-for-care | closed-in-error | other, which needs a {@code note}) and
   * the day ({@code on}, yyyy-mm-dd; today when missing).
   */
  public record Reopening(String reason, String note, String on, Long version) {}

  @POST
  @Path("handover")
  @APIResponse(
      responseCode = "200",
      description = "The case with its new responsible coordinator",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseView.class)))
  public CaseView handOver(@PathParam("number") String number, Handover body) {
    if (body == null) {
      throw new InvalidInputException("body", "send the handover as JSON");
    }
    return cases.handOver(current.actor(), number, version(body.version()), body.to());
  }

  @POST
  @Path("flags")
  @APIResponse(
      responseCode = "200",
      description = "The case with the flag set or cleared",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseView.class)))
  public CaseView flag(@PathParam("number") String number, FlagChange body) {
    if (body == null || body.set() == null) {
      throw new InvalidInputException("set", "true to set the flag, false to clear it");
    }
    CaseFlag flag = Inputs.code(CaseFlag.class, "flag", body.flag());
    return cases.flag(current.actor(), number, version(body.version()), flag, body.set());
  }

  @POST
  @Path("reopen")
  @APIResponse(
      responseCode = "200",
      description = "The case open again, its timeline saying why",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseView.class)))
  public CaseView reopen(@PathParam("number") String number, Reopening body) {
    if (body == null) {
      throw new InvalidInputException("body", "send the reopening as JSON");
    }
    return cases.reopen(
        current.actor(),
        number,
        version(body.version()),
        Inputs.code(ReopenReason.class, "reason", body.reason()),
        body.note(),
        Inputs.date("on", body.on()));
  }

  private static long version(Long version) {
    if (version == null) {
      throw new InvalidInputException("version", "give the case's version as you read it");
    }
    return version;
  }
}
