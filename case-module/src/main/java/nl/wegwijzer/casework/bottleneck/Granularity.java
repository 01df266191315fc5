package nl.wegwijzer.casework.bottleneck;

import java.time.YearMonth;
import nl.wegwijzer.directory.support.Coded;

/** The size of the periods in which the overview counts. */
public enum Granularity implements Coded {
  MONTH(1),
  QUARTER(3);

  private final int months;

  Granularity(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }

  /** The first month of the period that holds the month. */
  public YearMonth startOf(YearMonth month) {
    return month.minusMonths((month.getMonthValue() - 1) % months);
  }

  /** PostgreSQL's name of the unit for {@code date_trunc}; a fixed word, never typed text. */
  String sqlUnit() {
    return this == MONTH ? "month" : "quarter";
  }
}
