package nl.wegwijzer.web.guide;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wegwijzer.content.service.RouteAnswer;
import nl.wegwijzer.content.service.RouteService;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.NearbyHelp;
import nl.wegwijzer.directory.service.CoordinatorAnswer;
import nl.wegwijzer.directory.service.CoordinatorFinder;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.web.shared.Labels;
import nl.wegwijzer.web.shared.PlaceLists;
import nl.wegwijzer.web.shared.Refused;

/**
 * Route op maat at /route-op-maat: the answers live in the URL (leeftijd, nationaliteit, vorm,
 * aangifte, gemeente, and the optional geslacht, taal (repeated), vannacht), so the route can be
 * bookmarked and shared, and nothing is stored: no session, no database row, and the page cache
 * keeps no page with answers.
 */
@Named
@RequestScoped
public class RouteBacking {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** The value of {@code vannacht} that says a safe place is needed tonight. */
  static final String YES = "ja";

  @Inject RouteService routes;
  @Inject CoordinatorFinder coordinators;
  @Inject OrganisationDirectory directory;

  private final ProfileAnswers profile = new ProfileAnswers();
  private String municipality;
  private String gender;
  private String tonight;
  private List<String> languages = List.of();
  private List<String> languagesOffered;

  private RouteAnswer answer;
  private CoordinatorAnswer coordinator;
  private List<String> offered = List.of();
  private final LocalDate today = LocalDate.now(ZONE);

  public void load() {
    String[] spoken =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get("taal");
    languages = spoken == null ? List.of() : Arrays.asList(spoken);
    if (!isAsked()) {
      return;
    }
    answer = routes.route(profile.questions(municipality, gender, languages, isTonightAsked()));
    LocalDate today = CoordinatorFinder.today();
    coordinator =
        ProfileAnswers.filled(municipality)
            ? coordinators.findForAgeGroup(
                municipality,
                Coded.find(AgeGroup.class, answer.profile().age()).orElse(null),
                "gemeente",
                today)
            : coordinators.national(today);
  }

  /**
   * A municipality the route did not know (a typo, a postcode not in the table): the route is still
   * answered for the other answers, with the national coordinator, and the closest names are
   * offered; FailureHandler's message says what was wrong.
   */
  void refused(@Observes(notifyObserver = Reception.IF_EXISTS) Refused refused) {
    if (answer == null
        && refused.refusal() instanceof InvalidInputException invalid
        && "municipality".equals(invalid.field())) {
      offered = PlaceLists.offeredFor(invalid);
      // RouteService reads the place after every other answer, so these are known to be right.
      answer = routes.route(profile.questions(null, gender, languages, isTonightAsked()));
      coordinator = coordinators.national(CoordinatorFinder.today());
    }
  }

  public List<String> getOffered() {
    return offered;
  }

  /** This route with an offered name as its municipality. */
  public String placeLink(String name) {
    Map<String, String[]> asked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    String others =
        asked.entrySet().stream()
            .filter(e -> !e.getKey().equals("gemeente") && !e.getKey().equals("lang"))
            .flatMap(e -> Arrays.stream(e.getValue()).map(value -> pair(e.getKey(), value)))
            .collect(Collectors.joining("&"));
    return "/route-op-maat?" + (others.isEmpty() ? "" : others + "&") + pair("gemeente", name);
  }

  private static String pair(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Whether the visitor answered at least one question. */
  public boolean isAsked() {
    return profile.isGiven()
        || ProfileAnswers.filled(municipality)
        || ProfileAnswers.filled(gender)
        || isTonightAsked()
        || !languages.isEmpty();
  }

  public boolean isTonightAsked() {
    return YES.equals(tonight);
  }

  /** The organisations the route names for a step's care needs, from the answer. */
  public List<NearbyHelp> helpFor(List<String> needs) {
    return needs.stream().map(answer::helpFor).toList();
  }

  /** The languages to choose from: those that at least one organisation speaks. */
  public List<String> getLanguagesOffered() {
    if (languagesOffered == null) {
      languagesOffered = directory.languagesOffered();
    }
    return languagesOffered;
  }

  /** Whether the visitor ticked this language. */
  public boolean speaks(String language) {
    return languages.contains(language);
  }

  /** The date of the route and of its coordinator lookup, as people read it. */
  public String getDate() {
    return today.format(
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Labels.locale()));
  }

  public ProfileAnswers getProfile() {
    return profile;
  }

  public RouteAnswer getAnswer() {
    return answer;
  }

  public CoordinatorAnswer getCoordinator() {
    return coordinator;
  }

  public List<String> getLanguages() {
    return languages;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String gender) {
    this.gender = gender;
  }

  public String getTonight() {
    return tonight;
  }

  public void setTonight(String tonight) {
    this.tonight = tonight;
  }
}
