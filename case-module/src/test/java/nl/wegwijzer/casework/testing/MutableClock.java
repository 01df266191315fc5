package nl.wegwijzer.casework.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.wegwijzer.casework.service.Clocks;

/** A clock that tests set; Dutch time zone, as the real one. */
public final class MutableClock extends Clock {

  private Instant now;

  public MutableClock(LocalDate today) {
    set(today);
  }

  /** Noon of that day in Amsterdam. */
  public void set(LocalDate today) {
    this.now = today.atTime(12, 0).atZone(Clocks.ZONE).toInstant();
  }

  public void advanceSeconds(long seconds) {
    now = now.plusSeconds(seconds);
  }

  @Override
  public ZoneId getZone() {
    return Clocks.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    return now;
  }
}
