package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.wegwijzer.content.model.Phase;
import nl.wegwijzer.content.model.Regulation;
import nl.wegwijzer.content.model.Step;
import nl.wegwijzer.content.repository.PhaseRepository;
import nl.wegwijzer.content.repository.RegulationRepository;
import nl.wegwijzer.content.repository.StepRepository;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.support.NotFoundException;

/**
 * The public guide: the four phases, their steps, and the rights and regulations. Only published
 * steps and regulations are ever answered; anything else is not found, as if it did not exist.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GuideService {

  private final PhaseRepository phases;
  private final StepRepository steps;
  private final RegulationRepository regulations;

  /** Set by the web layer per request; absent in tests that build the service themselves. */
  @Inject ReadingLanguage reading;

  protected GuideService() {
    this(null, null, null);
  }

  @Inject
  public GuideService(
      PhaseRepository phases, StepRepository steps, RegulationRepository regulations) {
    this.phases = phases;
    this.steps = steps;
    this.regulations = regulations;
  }

  /** The four phases in order, each with its published steps. */
  public List<PhaseView> phases() {
    List<Step> published = steps.published();
    Wording wording = wording();
    return phases.all().stream()
        .map(
            phase ->
                PhaseView.of(
                    phase,
                    published.stream()
                        .filter(s -> s.phase().equals(phase))
                        .map(step -> StepSummary.of(step, wording))
                        .toList(),
                    wording))
        .toList();
  }

  public PhaseView phase(String slug) {
    Phase phase = phases.findBySlug(slug).orElseThrow(() -> new NotFoundException("phase", slug));
    Wording wording = wording();
    return PhaseView.of(
        phase,
        steps.publishedIn(phase).stream().map(step -> StepSummary.of(step, wording)).toList(),
        wording);
  }

  /** A published step with its published regulations, its care needs and its neighbours. */
  public StepView step(String slug) {
    Step step =
        steps
            .findBySlug(slug)
            .filter(Step::isPublished)
            .orElseThrow(() -> new NotFoundException("step", slug));
    List<Step> route = steps.published();
    int at = route.indexOf(step);
    Wording wording = wording();
    return new StepView(
        step.slug(),
        step.phase().slug(),
        wording.pick(step.phase().title(), step.phase().titleEn()),
        step.position(),
        wording.pick(step.title(), step.titleEn()),
        wording.pick(step.summary(), step.summaryEn()),
        wording.pick(step.body(), step.bodyEn()),
        step.regulations().stream()
            .filter(Regulation::isPublished)
            .map(regulation -> RegulationView.of(regulation, wording))
            .toList(),
        step.careNeeds().stream().map(CareNeed::code).toList(),
        at > 0 ? StepSummary.of(route.get(at - 1), wording) : null,
        at >= 0 && at + 1 < route.size() ? StepSummary.of(route.get(at + 1), wording) : null,
        wording.fallsBack(step.titleEn(), step.bodyEn()));
  }

  /** The published regulations, by title. */
  public List<RegulationView> regulations() {
    return regulations.published().stream()
        .map(regulation -> RegulationView.of(regulation, wording()))
        .toList();
  }

  public RegulationView regulation(String slug) {
    return regulations
        .findBySlug(slug)
        .filter(Regulation::isPublished)
        .map(regulation -> RegulationView.of(regulation, wording()))
        .orElseThrow(() -> new NotFoundException("regulation", slug));
  }

  private Wording wording() {
    return Wording.of(reading);
  }
}
