package nl.wegwijzer.content.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wegwijzer.content.service.RouteAnswer;
import nl.wegwijzer.content.service.RouteQuestions;
import nl.wegwijzer.content.service.RouteService;

@Path("route")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RouteResource {

  @Inject RouteService routes;

  /**
   * The guide tailored to one victim; every parameter is optional. {@code age}: minor | adult;
   * {@code nationality}: dutch | eu | non-eu; {@code form}: sexual-domestic | sexual-cross-border |
   * labour | criminal | forced-begging | organ | other; {@code report}: yes | no | undecided;
   * {@code municipality}: a municipality name. A regulation that depends on an unanswered question
   * is included as {@code may-apply}.
   */
  @GET
  public RouteAnswer route(
      @QueryParam("age") String age,
      @QueryParam("nationality") String nationality,
      @QueryParam("form") String form,
      @QueryParam("report") String report,
      @QueryParam("municipality") String municipality) {
    return routes.route(new RouteQuestions(age, nationality, form, report, municipality));
  }
}
