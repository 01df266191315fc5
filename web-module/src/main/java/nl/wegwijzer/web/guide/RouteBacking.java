package nl.wegwijzer.web.guide;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.service.RouteAnswer;
import nl.wegwijzer.content.service.RouteQuestions;
import nl.wegwijzer.content.service.RouteService;
import nl.wegwijzer.directory.service.CoordinatorAnswer;
import nl.wegwijzer.directory.service.CoordinatorFinder;

/**
 * Route op maat at /route-op-maat: the answers live in the URL (leeftijd, nationaliteit, vorm,
 * aangifte, gemeente), so the route can be bookmarked and shared, and nothing is stored.
 */
@Named
@RequestScoped
public class RouteBacking {

  /**
   * A representative age for the age group where it decides the coordinator: a minor is below every
   * split age (18 or 23). An adult may be on either side of a split at 23, so without an age every
   * point of the region is listed with its age band.
   */
  private static final Map<String, Integer> AGE_FOR_GROUP = Map.of("minor", 17);

  @Inject RouteService routes;
  @Inject CoordinatorFinder coordinators;
  @Inject HelpingOrganisations helping;

  private String age;
  private String nationality;
  private String form;
  private String report;
  private String municipality;

  private RouteAnswer answer;
  private CoordinatorAnswer coordinator;
  private final Map<String, List<HelpingOrganisations.NeedOrganisations>> organisations =
      new HashMap<>();

  public void load() {
    if (!isAsked()) {
      return;
    }
    answer = routes.route(new RouteQuestions(age, nationality, form, report, municipality));
    LocalDate today = CoordinatorFinder.today();
    coordinator =
        municipality != null && !municipality.isBlank()
            ? coordinators.find(municipality, AGE_FOR_GROUP.get(age), "gemeente", today)
            : coordinators.national(today);
  }

  /** Whether the visitor answered at least one question. */
  public boolean isAsked() {
    return filled(age)
        || filled(nationality)
        || filled(form)
        || filled(report)
        || filled(municipality);
  }

  private static boolean filled(String value) {
    return value != null && !value.isBlank();
  }

  public List<HelpingOrganisations.NeedOrganisations> organisationsFor(List<String> needs) {
    return organisations.computeIfAbsent(
        String.join(",", needs),
        key -> helping.forNeeds(needs, municipality, filled(age) ? age : null));
  }

  public RouteAnswer getAnswer() {
    return answer;
  }

  public CoordinatorAnswer getCoordinator() {
    return coordinator;
  }

  public String getAge() {
    return age;
  }

  public void setAge(String age) {
    this.age = age;
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String nationality) {
    this.nationality = nationality;
  }

  public String getForm() {
    return form;
  }

  public void setForm(String form) {
    this.form = form;
  }

  public String getReport() {
    return report;
  }

  public void setReport(String report) {
    this.report = report;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }
}
