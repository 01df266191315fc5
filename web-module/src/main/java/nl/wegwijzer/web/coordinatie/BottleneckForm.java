package nl.wegwijzer.web.coordinatie;

import java.io.Serializable;
import java.time.LocalDate;
import nl.wegwijzer.casework.bottleneck.BottleneckEntry;
import nl.wegwijzer.casework.bottleneck.BottleneckService;
import nl.wegwijzer.casework.bottleneck.BottleneckView;
import nl.wegwijzer.web.shared.FormDates;

/**
 * A bottleneck as typed on /coordinatie/knelpunten ({@code
 * #{coordinatieBottlenecksBacking.form.category}}): empty for a new one or filled from a listed one
 * for its correction, and read into the service's entry.
 */
public class BottleneckForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String category;
  private String region;
  private String careNeed;
  private String observedOn;
  private String description;

  /** An empty form observed today, in the given region when the coordinator has only one. */
  void startNew(String onlyRegion) {
    category = null;
    careNeed = null;
    description = null;
    region = onlyRegion;
    observedOn = LocalDate.now(BottleneckService.ZONE).toString();
  }

  void fill(BottleneckView shown) {
    category = shown.category();
    region = shown.regionCode();
    careNeed = shown.careNeed();
    observedOn = shown.observedOn().toString();
    description = shown.description();
  }

  BottleneckEntry entry() {
    return new BottleneckEntry(
        category, region, careNeed, FormDates.parse(observedOn, "observedOn"), description);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getCareNeed() {
    return careNeed;
  }

  public void setCareNeed(String careNeed) {
    this.careNeed = careNeed;
  }

  public String getObservedOn() {
    return observedOn;
  }

  public void setObservedOn(String observedOn) {
    this.observedOn = observedOn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
