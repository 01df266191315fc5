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
import nl.wegwijzer.casework.model.CaseStatus;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.service.CaseQuery;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.casework.service.CaseSummary;
import nl.wegwijzer.casework.service.CaseView;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.casework.service.ReferralService;
import nl.wegwijzer.directory.api.PageView;
import nl.wegwijzer.directory.api.QueryParameters;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Cases of the caller's regions; another region's case answers 404. */
@Path("cases")
@ApplicationScoped
@RolesAllowed("coordinator")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

  @Inject CaseService cases;
  @Inject ReferralService referrals;
  @Inject CurrentActor current;

  /**
   * Newest first. {@code status}: open | closed; {@code form} and {@code reporterType} of one of
   * its signals; {@code from}, {@code until}: the day it was opened; {@code dueTasks=true}: with an
   * open task due today or earlier; {@code page} from 1, {@code size} 1–100.
   */
  @GET
  @Extension(name = "x-page", value = "PageView<CaseSummary>")
  @APIResponse(
      responseCode = "200",
      description = "A page of cases, newest first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseSummary.class)))
  public PageView<CaseSummary> list(
      @QueryParam("status") String status,
      @QueryParam("form") String form,
      @QueryParam("reporterType") String reporterType,
      @QueryParam("from") String from,
      @QueryParam("until") String until,
      @QueryParam("dueTasks") String dueTasks,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("purpose") String purpose) {
    if (dueTasks != null && !dueTasks.matches("true|false")) {
      throw new InvalidInputException("dueTasks", "true or false");
    }
    CaseQuery query =
        new CaseQuery(
            Inputs.code(CaseStatus.class, "status", status),
            Inputs.code(ExploitationForm.class, "form", form),
            Inputs.code(ReporterType.class, "reporterType", reporterType),
            Inputs.date("from", from),
            Inputs.date("until", until),
            "true".equals(dueTasks));
    return PageView.of(
        cases.list(
            current.actor(), query, QueryParameters.page(page, size), Inputs.purpose(purpose)));
  }

  /** Opens a case with a registered signal of the caller's regions; 201 with its number. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "The opened case; Location says where it is",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseView.class)))
  public Response open(NewCase body, @Context UriInfo uri) {
    if (body == null || body.signal() == null || body.signal().isBlank()) {
      throw new InvalidInputException("signal", "give the reference of a registered signal");
    }
    CaseView created = cases.open(current.actor(), body.signal());
    return Response.created(uri.getAbsolutePathBuilder().path(created.number()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{number}")
  public CaseView read(@PathParam("number") String number, @QueryParam("purpose") String purpose) {
    return cases.read(current.actor(), number, Inputs.purpose(purpose));
  }

  /**
   * Refers the person to an organisation of the directory: with personal data only where consent is
   * recorded, else as an anonymous consultation.
   */
  @POST
  @Path("{number}/referrals")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "The referral; Location says where it is",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseView.ReferralView.class)))
  public Response refer(
      @PathParam("number") String number, NewReferral body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInputException("body", "send the referral as JSON");
    }
    CaseView.ReferralView created = referrals.refer(current.actor(), number, body.toOrder());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{number}/referrals/{id}")
  public CaseView.ReferralView referral(
      @PathParam("number") String number,
      @PathParam("id") String id,
      @QueryParam("purpose") String purpose) {
    CaseView view = cases.read(current.actor(), number, Inputs.purpose(purpose));
    return view.referrals().stream()
        .filter(r -> String.valueOf(r.id()).equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("referral", id));
  }

  /** The organisation's answer (accepted, declined with a reason) or the end of the referral. */
  @POST
  @Path("{number}/referrals/{id}/answer")
  @APIResponse(
      responseCode = "200",
      description = "The referral with its answer or end",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseView.ReferralView.class)))
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseView.ReferralView answer(
      @PathParam("number") String number, @PathParam("id") String id, ReferralAnswerBody body) {
    if (body == null) {
      throw new InvalidInputException("body", "send the answer as JSON");
    }
    long referralId;
    try {
      referralId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("referral", id);
    }
    return referrals.answer(current.actor(), number, referralId, body.toAnswer());
  }
}
