package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.wegwijzer.casework.bottleneck.BottleneckOverview;
import nl.wegwijzer.casework.knowledge.KnowledgeFigures;
import nl.wegwijzer.casework.knowledge.KnowledgeService;
import nl.wegwijzer.casework.service.CurrentActor;

/**
 * The knowledge transfer counted beside a report (include {@code knowledge-figures.xhtml}): the
 * region's report of a coordinator, for the period that report shows, and the editors' national
 * overview, for the months and region of the bottleneck overview.
 */
@Named
@RequestScoped
public class KnowledgeFiguresBacking {

  @Inject KnowledgeService register;
  @Inject CurrentActor actor;

  private KnowledgeFigures figures;

  /**
   * The coordinator's region in the report's period (dates as the report's form holds them); null
   * when the report shows no figures.
   */
  public KnowledgeFigures regional(String region, String from, String until) {
    if (figures == null) {
      LocalDate start = date(from);
      LocalDate end = date(until);
      if (region == null || start == null || end == null || end.isBefore(start)) {
        return null;
      }
      figures = register.regionFigures(actor.actor(), region, start, end);
    }
    return figures;
  }

  /** The months (and region, when one is chosen) of the editors' bottleneck overview. */
  public KnowledgeFigures national(BottleneckOverview overview) {
    if (figures == null && overview != null) {
      figures =
          register.nationalFigures(
              overview.region(), overview.from().atDay(1), overview.to().atEndOfMonth());
    }
    return figures;
  }

  private static LocalDate date(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
