package nl.wegwijzer.content.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.wegwijzer.content.service.RouteAnswer;
import nl.wegwijzer.content.service.RouteQuestions;
import nl.wegwijzer.content.service.RouteService;
import nl.wegwijzer.directory.support.InvalidInputException;

@Path("route")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RouteResource {

  @Inject RouteService routes;

  /**
   * The guide tailored to one victim; every parameter is optional. {@code age}: minor | adult;
   * {@code nationality}: dutch | eu | non-eu; {@code form}: sexual | labour | criminal | organ;
   * {@code report}: yes | no | undecided; {@code municipality}: a municipality name; {@code on}:
   * the day (YYYY-MM-DD) whose rule versions to use, today when absent. A regulation that depends
   * on an unanswered question is included as {@code may-apply}; one that does not apply is listed
   * in its step's {@code notApplying}, each with its reason and rule version.
   */
  @GET
  public RouteAnswer route(
      @QueryParam("age") String age,
      @QueryParam("nationality") String nationality,
      @QueryParam("form") String form,
      @QueryParam("report") String report,
      @QueryParam("municipality") String municipality,
      @QueryParam("on") String on) {
    RouteQuestions questions = new RouteQuestions(age, nationality, form, report, municipality);
    return on == null || on.isBlank() ? routes.route(questions) : routes.route(questions, day(on));
  }

  private static LocalDate day(String on) {
    try {
      return LocalDate.parse(on.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("on", "'" + on + "' is not a day such as 2026-12-07");
    }
  }
}
