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
import java.util.List;
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
   * in its step's {@code notApplying}, each with its reason and rule version. The optional {@code
   * gender} (female | male | x), {@code language} (repeated: the languages the person speaks) and
   * {@code tonight} (true when a safe place to sleep is needed tonight) narrow the organisations;
   * {@code help} lists them per care need, nearest first, and {@code tonight} the shelters.
   */
  @GET
  public RouteAnswer route(
      @QueryParam("age") String age,
      @QueryParam("nationality") String nationality,
      @QueryParam("form") String form,
      @QueryParam("report") String report,
      @QueryParam("municipality") String municipality,
      @QueryParam("gender") String gender,
      @QueryParam("language") List<String> languages,
      @QueryParam("tonight") String tonight,
      @QueryParam("on") String on) {
    RouteQuestions questions =
        new RouteQuestions(
            age, nationality, form, report, municipality, gender, languages, yes(tonight));
    return on == null || on.isBlank() ? routes.route(questions) : routes.route(questions, day(on));
  }

  private static LocalDate day(String on) {
    try {
      return LocalDate.parse(on.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("on", "'" + on + "' is not a day such as 2026-12-07");
    }
  }

  private static boolean yes(String value) {
    if (value == null || value.isBlank() || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw new InvalidInputException("tonight", "use true or false");
  }
}
