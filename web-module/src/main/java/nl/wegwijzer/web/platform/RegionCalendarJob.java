package nl.wegwijzer.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;
import nl.wegwijzer.directory.service.RegionCalendar;

/**
 * Makes a dated region change (a merger, a municipality moving to another region) the region of
 * today on its date: at start-up, for a node that was down at midnight, and every night just after
 * midnight. On a cluster every node runs it; the second run finds nothing left to change.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class RegionCalendarJob {

  private static final Logger LOG = Logger.getLogger(RegionCalendarJob.class.getName());

  @Inject RegionCalendar calendar;

  @PostConstruct
  void atStart() {
    followToday();
  }

  @Schedule(hour = "0", minute = "1", persistent = false, info = "region calendar")
  void followToday() {
    LocalDate today = LocalDate.now();
    int changed = calendar.followAssignmentsOn(today);
    if (changed > 0) {
      LOG.info(() -> changed + " municipality(ies) moved to the region valid from " + today);
    }
  }
}
