package nl.wegwijzer.casework.report;

/**
 * How many persons and how many signals: a case counts as one person, a signal not (yet) bundled
 * into a case as one person of its own.
 */
public record Count(long persons, long signals) {

  public static final Count ZERO = new Count(0, 0);

  public Count {
    if (persons < 0 || signals < 0) {
      throw new IllegalArgumentException("a count is never negative");
    }
  }

  Count plus(long morePersons, long moreSignals) {
    return new Count(persons + morePersons, signals + moreSignals);
  }
}
