package nl.wegwijzer.web.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.wegwijzer.content.service.InformationViews.FormView;
import nl.wegwijzer.content.service.InformationViews.ThemeView;
import nl.wegwijzer.content.service.PhaseView;
import nl.wegwijzer.content.service.RegulationView;
import nl.wegwijzer.content.service.StepView;
import nl.wegwijzer.directory.service.CoordinationEditing.RegionCoordination;
import nl.wegwijzer.directory.service.CoordinatorView;

/**
 * What the generated documents hold, in one language, as the published content said it on the day
 * it was published.
 */
final class Handbook {

  private Handbook() {}

  /**
   * The guide as a handbook.
   *
   * @param national the national coordination point, for the regions without a coordinator
   */
  record Guide(
      Locale language,
      LocalDate published,
      List<Chapter> phases,
      List<RegulationView> regulations,
      List<FormView> forms,
      List<RegionCoordination> regions,
      List<CoordinatorView> national) {}

  /** A phase with its published steps, each in full. */
  record Chapter(PhaseView phase, List<StepView> steps) {}

  /** The indicator list. */
  record Indicators(Locale language, LocalDate published, List<ThemeView> themes) {}
}
