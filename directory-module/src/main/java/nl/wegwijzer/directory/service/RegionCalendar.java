package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.repository.MunicipalityRepository;
import nl.wegwijzer.directory.support.PublishesContent;

/**
 * Dated changes of the region a municipality is in: making the changes due on a day the region of
 * today (every night, and at start-up, by the web module). A change is planned through the
 * editorial workflow ({@link CoordinationEditing#assignRegion}).
 */
@ApplicationScoped
@Transactional
public class RegionCalendar {

  private final MunicipalityRepository municipalities;

  protected RegionCalendar() {
    this(null);
  }

  @Inject
  public RegionCalendar(MunicipalityRepository municipalities) {
    this.municipalities = municipalities;
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
