package nl.wegwijzer.web.coordinatie;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.casework.report.Count;
import nl.wegwijzer.casework.report.Dimension;
import nl.wegwijzer.casework.report.RegionFigures;
import nl.wegwijzer.casework.report.ReportService;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.shared.CaseworkTexts;
import nl.wegwijzer.web.shared.FieldMessages;

/**
 * /coordinatie/rapportages: a region's figures for a period (only the coordinator's own regions),
 * counted by the report service, as tables and bars with the numbers as text; and the link to the
 * national anonymised CSV.
 */
@Named
@RequestScoped
public class ReportsBacking {

  /**
   * One line of a table: the value's label, its persons and signals, and the persons' share of the
   * largest count of persons.
   */
  public record Row(String code, String label, long persons, long signals, long percentOfMax) {}

  /** One dimension's table. */
  public record Table(String dimension, String title, List<Row> rows) {}

  @Inject ReportService reportService;
  @Inject PlaceService places;
  @Inject CurrentActor current;

  private String region;
  private String from;
  private String until;
  private RegionFigures figures;
  private final Map<String, String> problems = new LinkedHashMap<>();
  private List<RegionView> ownRegions = List.of();

  public void load() {
    ownRegions =
        places.regions().stream()
            .filter(r -> current.actor().regions().contains(r.code()))
            .toList();
    LocalDate today = LocalDate.now(SignalFormBacking.ZONE);
    if (from == null || from.isBlank()) {
      from = today.withDayOfYear(1).toString();
    }
    if (until == null || until.isBlank()) {
      until = today.toString();
    }
    if (region == null || region.isBlank()) {
      region = ownRegions.isEmpty() ? null : ownRegions.get(0).code();
    }
    if (region == null) {
      return;
    }
    LocalDate start = SignalFields.date("from", from, problems);
    LocalDate end = SignalFields.date("until", until, problems);
    if (!problems.isEmpty()) {
      return;
    }
    try {
      figures = reportService.region(current.actor(), region, start, end);
    } catch (NotFoundException e) {
      // A region the coordinator does not work for is a wrong choice in the form, not a gone page.
      problems.put("region", CaseworkTexts.text("report.notYourRegion"));
    }
  }

  public List<Table> getTables() {
    List<Table> tables = new ArrayList<>();
    if (figures == null) {
      return tables;
    }
    for (Dimension dimension : Dimension.values()) {
      Map<String, Count> counts = figures.counts().getOrDefault(dimension, Map.of());
      long max = counts.values().stream().mapToLong(Count::persons).max().orElse(0);
      List<Row> rows =
          counts.entrySet().stream()
              .filter(e -> e.getValue().signals() > 0)
              .map(
                  e ->
                      new Row(
                          e.getKey(),
                          ReportTexts.INSTANCE.value(dimension, e.getKey()),
                          e.getValue().persons(),
                          e.getValue().signals(),
                          max == 0 ? 0 : Math.round(100.0 * e.getValue().persons() / max)))
              .toList();
      tables.add(new Table(dimension.code(), ReportTexts.INSTANCE.dimension(dimension), rows));
    }
    return tables;
  }

  /** A period that could not be read, or that the service refused (FailureHandler). */
  public boolean invalid(String field) {
    return problems.containsKey(field) || FieldMessages.attached(field) != null;
  }

  public String problemOf(String field) {
    return problems.get(field);
  }

  public Map<String, String> getProblems() {
    return problems;
  }

  public RegionFigures getFigures() {
    return figures;
  }

  public String getRegionName() {
    return ownRegions.stream()
        .filter(r -> r.code().equals(region))
        .map(RegionView::name)
        .findFirst()
        .orElse(region);
  }

  public List<RegionView> getOwnRegions() {
    return ownRegions;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }
}
