package nl.wegwijzer.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import nl.wegwijzer.directory.support.InvalidInputException;

/** One opening period on one day of the week (HSDS schedule, weekly). */
@Embeddable
public class OpeningHours {

  @Enumerated(EnumType.STRING)
  @Column(name = "day_of_week", nullable = false, length = 10)
  private DayOfWeek day;

  @Column(nullable = false)
  private LocalTime opens;

  @Column(nullable = false)
  private LocalTime closes;

  protected OpeningHours() {}

  public OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    this.day = Objects.requireNonNull(day, "day");
    this.opens = Objects.requireNonNull(opens, "opens");
    this.closes = Objects.requireNonNull(closes, "closes");
    if (!closes.isAfter(opens)) {
      throw new InvalidInputException("hours", "closing time must be after opening time");
    }
  }

  public DayOfWeek day() {
    return day;
  }

  public LocalTime opens() {
    return opens;
  }

  public LocalTime closes() {
    return closes;
  }
}
