package nl.wegwijzer.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock of casework: deadlines, retention and timestamps ask it, so that tests can set the
 * time. Days are Dutch days.
 */
@ApplicationScoped
public class Clocks {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Produces
  Clock clock() {
    return Clock.system(ZONE);
  }
}
