package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.RegionAssignment;
import nl.wegwijzer.directory.repository.MunicipalityRepository;
import nl.wegwijzer.directory.repository.RegionRepository;
import nl.wegwijzer.directory.support.PublishesContent;

/**
 * Dated changes of the region a municipality is in: planning one for a day, and making the changes
 * due on a day the region of today (every night, and at start-up, by the web module).
 */
@ApplicationScoped
@Transactional
public class RegionCalendar {

  private final MunicipalityRepository municipalities;
  private final RegionRepository regions;

  protected RegionCalendar() {
    this(null, null);
  }

  @Inject
  public RegionCalendar(MunicipalityRepository municipalities, RegionRepository regions) {
    this.municipalities = municipalities;
    this.regions = regions;
  }

  /**
   * Moves a municipality to another region from {@code from} (today or later) as {@code source}
   * says; until then every lookup for today still answers the current region.
   */
  @PublishesContent
  public RegionView planMove(String cbsCode, String toRegion, LocalDate from, String source) {
    Municipality municipality = municipalities.getByCbsCode(cbsCode);
    RegionAssignment next =
        municipality.moveTo(regions.getByCode(toRegion), from, LocalDate.now(), source);
    municipalities.flush();
    return RegionView.of(next.region());
  }

  /** Makes the assignments valid on {@code day} the regions of today; how many changed. */
  @PublishesContent
  public int followAssignmentsOn(LocalDate day) {
    int changed = 0;
    for (Municipality municipality : municipalities.behindAssignmentsOn(day)) {
      if (municipality.followAssignmentOn(day)) {
        changed++;
      }
    }
    municipalities.flush();
    return changed;
  }
}
