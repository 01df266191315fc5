package nl.wegwijzer.content.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wegwijzer.content.service.FeedbackService;
import nl.wegwijzer.content.service.FeedbackService.FeedbackView;
import nl.wegwijzer.directory.support.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code GET /api/feedback?page=/path}: what visitors answered about a page; for editors. */
@Path("feedback")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

  @Inject FeedbackService feedback;

  @GET
  @RolesAllowed("editor")
  @SecurityRequirement(name = "bearer")
  public List<FeedbackView> forPage(@QueryParam("page") String page) {
    if (page == null || !page.startsWith("/") || page.length() > 200) {
      throw new InvalidInputException("page", "give the path of a page, such as /beschermen");
    }
    return feedback.forPage(page);
  }
}
