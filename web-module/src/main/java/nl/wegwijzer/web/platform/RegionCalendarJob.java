package nl.wegwijzer.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;
import nl.wegwijzer.casework.service.RegionMoves;
import nl.wegwijzer.directory.service.RegionCalendar;

/**
 * Makes a dated region change (a merger, a municipality moving to another region) the region of
 * today on its date, and moves the open signals and cases of the municipalities that moved with
 * them (casework's RegionMoves): at start-up, for a node that was down at midnight, and every hour
 * (a dated change takes effect just after midnight of its day; one published for today reaches the
 * open work within the hour). On a cluster every node runs it; the second run finds nothing left to
 * change.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class RegionCalendarJob {

  private static final Logger LOG = Logger.getLogger(RegionCalendarJob.class.getName());

  @Inject RegionCalendar calendar;
  @Inject RegionMoves moves;

  @PostConstruct
  void atStart() {
    followToday();
  }

  @Schedule(hour = "*", minute = "1", persistent = false, info = "region calendar")
  void followToday() {
    LocalDate today = LocalDate.now();
    int changed = calendar.followAssignmentsOn(today);
    if (changed > 0) {
      LOG.info(() -> changed + " municipality(ies) moved to the region valid from " + today);
    }
    RegionMoves.Moved moved = moves.followMunicipalities();
    if (moved.signals() + moved.cases() > 0) {
      LOG.info(
          () ->
              moved.signals()
                  + " open signal(s) and "
                  + moved.cases()
                  + " open case(s) followed their municipality into another region");
    }
  }
}
