package nl.wegwijzer.web.redactie;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.wegwijzer.casework.bottleneck.BottleneckOverview;
import nl.wegwijzer.casework.bottleneck.BottleneckService;
import nl.wegwijzer.casework.bottleneck.OverviewQuery;
import nl.wegwijzer.web.shared.BottleneckTexts;
import nl.wegwijzer.web.shared.FieldMessages;

/**
 * /redactie/knelpunten: the national counts of bottlenecks for the period and region in the URL's
 * parameters, beside the directory's coverage matrix.
 */
@Named
@RequestScoped
public class RedactieBottlenecksBacking {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.forLanguageTag("nl"));

  @Inject BottleneckService bottlenecks;

  private String granularity;
  private String from;
  private String to;
  private String region;
  private BottleneckOverview overview;

  public void load() {
    overview = bottlenecks.overview(new OverviewQuery(granularity, from, to, region));
  }

  /** A period as people name it: 'jan 2026', or 'K1 2026' for a quarter. */
  public String period(YearMonth start) {
    if (overview != null && "quarter".equals(overview.granularity())) {
      return BottleneckTexts.text(
          "bottleneck.overview.quarter",
          String.valueOf((start.getMonthValue() - 1) / 3 + 1),
          String.valueOf(start.getYear()));
    }
    return start.format(MONTH);
  }

  /** The length of a chart bar in percent of the largest, at least a sliver when not zero. */
  public int bar(long count, long max) {
    if (count <= 0) {
      return 0;
    }
    return (int) Math.max(2, Math.round(100.0 * count / Math.max(1, max)));
  }

  /** 'maand' or 'kwartaal'. */
  public String getUnit() {
    return BottleneckTexts.text("bottleneck.overview.granularity." + overview.granularity());
  }

  /** The whole country, or the one region counted. */
  public String getScope() {
    return overview.region() == null
        ? BottleneckTexts.text("bottleneck.overview.allRegions")
        : overview.regions().get(0).name();
  }

  public String getSummary() {
    return BottleneckTexts.text(
        "bottleneck.overview.summary",
        overview.total(),
        period(overview.from()),
        period(overview.to()),
        getScope());
  }

  public BottleneckOverview getOverview() {
    return overview;
  }

  public String getProblem() {
    return FieldMessages.first();
  }

  public String getGranularity() {
    return overview != null ? overview.granularity() : granularity;
  }

  public void setGranularity(String granularity) {
    this.granularity = granularity;
  }

  public String getFrom() {
    return overview != null ? overview.from().toString() : from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return overview != null ? overview.to().toString() : to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getRegion() {
    return overview != null ? overview.region() : region;
  }

  public void setRegion(String region) {
    this.region = region;
  }
}
