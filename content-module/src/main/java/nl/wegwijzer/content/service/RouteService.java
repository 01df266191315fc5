package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.wegwijzer.content.model.ConditionKind;
import nl.wegwijzer.content.model.Phase;
import nl.wegwijzer.content.model.Regulation;
import nl.wegwijzer.content.model.RuleVersion;
import nl.wegwijzer.content.model.Step;
import nl.wegwijzer.content.repository.PhaseRepository;
import nl.wegwijzer.content.repository.StepRepository;
import nl.wegwijzer.content.rules.Eligibility;
import nl.wegwijzer.content.rules.EligibilityRules;
import nl.wegwijzer.content.rules.RuleAnswer;
import nl.wegwijzer.content.rules.VictimProfile;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.service.HelpQuery;
import nl.wegwijzer.directory.service.MunicipalityView;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;

/** "Route op maat": the guide's steps with the rights that are (or may be) for one victim. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RouteService {

  private static final int MAX_PLACE_LENGTH = 100;

  /** Rules change on Dutch days. */
  public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  /** The organisations the route names per care need; the directory lists the rest. */
  public static final int ORGANISATIONS_PER_NEED = 5;

  /** More languages than a person speaks; a longer list is not a question but a mistake. */
  private static final int MAX_LANGUAGES = 10;

  private final PhaseRepository phases;
  private final StepRepository steps;
  private final EligibilityRules rules;
  private final PlaceService places;
  private final OrganisationDirectory directory;

  @Inject ReadingLanguage reading;

  protected RouteService() {
    this(null, null, null, null, null);
  }

  @Inject
  public RouteService(
      PhaseRepository phases,
      StepRepository steps,
      EligibilityRules rules,
      PlaceService places,
      OrganisationDirectory directory) {
    this.phases = phases;
    this.steps = steps;
    this.rules = rules;
    this.places = places;
    this.directory = directory;
  }

  /** The route for the given answers with the rules of today (a Dutch day). */
  public RouteAnswer route(RouteQuestions questions) {
    return route(questions, LocalDate.now(DUTCH_TIME));
  }

  /**
   * The route for the given answers with the rule versions valid on {@code on}. A wrong code or an
   * unknown place is an {@link InvalidInputException} naming the question.
   */
  public RouteAnswer route(RouteQuestions questions, LocalDate on) {
    VictimProfile profile =
        VictimProfile.of(
            questions.age(), questions.nationality(), questions.form(), questions.report());
    if (questions.languages().size() > MAX_LANGUAGES) {
      throw new InvalidInputException("languages", "name at most " + MAX_LANGUAGES + " languages");
    }
    List<String> languages = HelpQuery.languageCodes(questions.languages());
    String gender =
        blank(questions.gender())
            ? null
            : Coded.parse(Gender.class, "gender", questions.gender()).code();
    // The place is read last: a route refused only for its place can be asked again without it.
    MunicipalityView municipality = municipalityOf(questions.municipality());
    Wording wording = Wording.of(reading);
    List<Step> published = steps.published();
    Set<ConditionKind> open = new TreeSet<>();
    List<RouteAnswer.RoutePhase> route = new ArrayList<>();
    for (Phase phase : phases.all()) {
      List<RouteAnswer.RouteStep> phaseSteps = new ArrayList<>();
      for (Step step : published) {
        if (step.phase().equals(phase)) {
          phaseSteps.add(routeStep(step, profile, on, open, wording));
        }
      }
      route.add(
          new RouteAnswer.RoutePhase(
              phase.slug(), wording.pick(phase.title(), phase.titleEn()), phaseSteps));
    }
    RouteAnswer.Profile answers =
        new RouteAnswer.Profile(
            code(profile.age()),
            code(profile.nationality()),
            code(profile.form()),
            code(profile.report()),
            gender,
            languages,
            questions.tonight());
    List<String> needs =
        route.stream()
            .flatMap(p -> p.steps().stream())
            .flatMap(s -> s.careNeeds().stream())
            .distinct()
            .toList();
    return new RouteAnswer(
        on,
        answers,
        municipality,
        route,
        open.stream().map(ConditionKind::question).toList(),
        directory.nearby(helpFor(needs, answers, municipality, false), ORGANISATIONS_PER_NEED),
        questions.tonight()
            ? directory
                .nearby(
                    helpFor(List.of(CareNeed.SHELTER.code()), answers, municipality, true),
                    ORGANISATIONS_PER_NEED)
                .get(0)
            : null);
  }

  /** The directory's question for the route's care needs, for this person in this place. */
  private static HelpQuery helpFor(
      List<String> needs,
      RouteAnswer.Profile profile,
      MunicipalityView municipality,
      boolean urgent) {
    return new HelpQuery(
        needs,
        municipality == null ? null : municipality.code(),
        profile.age(),
        profile.gender(),
        profile.nationality(),
        profile.form() == null ? List.of() : List.of(profile.form()),
        profile.languages(),
        urgent);
  }

  private RouteAnswer.RouteStep routeStep(
      Step step, VictimProfile profile, LocalDate on, Set<ConditionKind> open, Wording wording) {
    List<RouteAnswer.RouteRegulation> shown = new ArrayList<>();
    List<RouteAnswer.RouteRegulation> notApplying = new ArrayList<>();
    for (Regulation regulation : step.regulations()) {
      if (!regulation.isPublished()) {
        continue;
      }
      RuleAnswer answer = rules.answer(regulation, profile, on);
      if (answer.verdict() == Eligibility.Verdict.DOES_NOT_APPLY) {
        notApplying.add(routeRegulation(regulation, answer, on, wording));
      } else {
        open.addAll(answer.dependsOn());
        shown.add(routeRegulation(regulation, answer, on, wording));
      }
    }
    return new RouteAnswer.RouteStep(
        step.slug(),
        wording.pick(step.title(), step.titleEn()),
        wording.pick(step.summary(), step.summaryEn()),
        shown,
        notApplying,
        step.careNeeds().stream().map(CareNeed::code).toList(),
        wording.fallsBack(step.titleEn(), step.summaryEn()));
  }

  /**
   * A regulation on the route, read in one language: when its title, summary or legal basis has no
   * English, an English reader gets all three in Dutch ({@code inDutchOnly}).
   */
  private static RouteAnswer.RouteRegulation routeRegulation(
      Regulation regulation, RuleAnswer answer, LocalDate on, Wording wording) {
    String legalBasisEn =
        regulation.ruleOn(on).map(RuleVersion::legalBasisEn).orElse(answer.legalBasis());
    boolean dutch =
        wording.fallsBack(regulation.titleEn(), regulation.summaryEn())
            || (answer.legalBasis() != null && wording.fallsBack(legalBasisEn));
    Wording shown = dutch ? Wording.DUTCH : wording;
    return new RouteAnswer.RouteRegulation(
        regulation.slug(),
        shown.pick(regulation.title(), regulation.titleEn()),
        shown.pick(regulation.summary(), regulation.summaryEn()),
        shown.pick(answer.legalBasis(), legalBasisEn),
        answer.verdict().code(),
        answer.dependsOn().stream().map(ConditionKind::question).toList(),
        answer.reasonKey(),
        answer.reasons().stream()
            .map(
                r ->
                    new RouteAnswer.RouteReason(
                        r.kind().question(),
                        r.allowed(),
                        r.answer(),
                        r.outcome().name().toLowerCase(Locale.ROOT)))
            .toList(),
        answer.ruleVersion(),
        answer.checkedOn(),
        dutch);
  }

  private MunicipalityView municipalityOf(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    if (typed.length() > MAX_PLACE_LENGTH) {
      throw new InvalidInputException(
          "municipality", "is longer than " + MAX_PLACE_LENGTH + " characters");
    }
    return MunicipalityView.of(places.resolve(typed, "municipality"));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String code(Coded answer) {
    return answer == null ? null : answer.code();
  }
}
