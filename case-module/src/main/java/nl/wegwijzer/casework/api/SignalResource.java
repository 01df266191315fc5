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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.model.SignalStatus;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.casework.service.SignalForm;
import nl.wegwijzer.casework.service.SignalQuery;
import nl.wegwijzer.casework.service.SignalService;
import nl.wegwijzer.casework.service.SignalSummary;
import nl.wegwijzer.casework.service.SignalView;
import nl.wegwijzer.directory.api.PageView;
import nl.wegwijzer.directory.api.QueryParameters;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Signals of the caller's regions, for coordinators' systems. A signal of another region answers
 * 404, as one that does not exist. {@code purpose} says why, for the access log ("api" when
 * missing).
 */
@Path("signals")
@ApplicationScoped
@RolesAllowed("coordinator")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class SignalResource {

  @Inject SignalService signals;
  @Inject CurrentActor current;

  /** Registers a complete signal; every missing or wrong field is named in the 400. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "The registered signal; Location says where it is",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SignalView.class)))
  public Response register(SignalForm body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInputException("body", "send the signal as JSON");
    }
    SignalView created = signals.register(current.actor(), body);
    return Response.created(uri.getAbsolutePathBuilder().path(created.reference()).build())
        .entity(created)
        .build();
  }

  /**
   * Newest first. {@code status}: draft | received | registered; {@code form}; {@code
   * reporterType}; {@code from}, {@code until}: the intake date (yyyy-mm-dd); {@code page} from 1,
   * {@code size} 1–100; lists go no further than 10,000 signals.
   */
  @GET
  @Extension(name = "x-page", value = "PageView<SignalSummary>")
  @APIResponse(
      responseCode = "200",
      description = "A page of signals, newest first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SignalSummary.class)))
  public PageView<SignalSummary> list(
      @QueryParam("status") String status,
      @QueryParam("form") String form,
      @QueryParam("reporterType") String reporterType,
      @QueryParam("from") String from,
      @QueryParam("until") String until,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("purpose") String purpose) {
    SignalQuery query =
        new SignalQuery(
            Inputs.code(SignalStatus.class, "status", status),
            Inputs.code(ExploitationForm.class, "form", form),
            Inputs.code(ReporterType.class, "reporterType", reporterType),
            Inputs.date("from", from),
            Inputs.date("until", until));
    return PageView.of(
        signals.list(
            current.actor(), query, QueryParameters.page(page, size), Inputs.purpose(purpose)));
  }

  @GET
  @Path("{reference}")
  public SignalView read(
      @PathParam("reference") String reference, @QueryParam("purpose") String purpose) {
    return signals.read(current.actor(), reference, Inputs.purpose(purpose));
  }
}
