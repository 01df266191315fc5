package nl.wegwijzer.casework.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts one region's signals and the persons they are about. A person is a case (its signals
 * together), or a signal that is in no case. A person counts under every form and every kind of
 * reporter of their signals; as a minor when any of their signals says they may be under 18 (a
 * child is never counted as an adult); under a nationality group when their signals agree on it.
 */
final class Tally {

  /** One registered signal as the report reads it: codes only. */
  record SignalRow(
      String region,
      long id,
      Long caseId,
      String reporterType,
      Boolean minor,
      String nationalityGroup,
      String outcome,
      Set<String> forms) {

    String person() {
      return caseId == null ? "signal " + id : "case " + caseId;
    }
  }

  private static final class Person {
    final Set<String> forms = new HashSet<>();
    final Set<String> reporterTypes = new HashSet<>();
    final Set<Boolean> minor = new HashSet<>();
    final Set<String> nationalityGroups = new HashSet<>();
    String outcome;
  }

  private final Map<String, Person> persons = new LinkedHashMap<>();
  private final Map<Dimension, Map<String, long[]>> counts = new EnumMap<>(Dimension.class);
  private long signals;

  void add(SignalRow row) {
    signals++;
    row.forms().forEach(form -> count(Dimension.FORM, form, 1));
    count(Dimension.REPORTER_TYPE, row.reporterType(), 1);
    count(Dimension.AGE_GROUP, ageGroup(row.minor() == null ? Set.of() : Set.of(row.minor())), 1);
    count(Dimension.NATIONALITY_GROUP, orUnknown(row.nationalityGroup()), 1);
    count(Dimension.OUTCOME, row.outcome(), 1);
    Person person = persons.computeIfAbsent(row.person(), p -> new Person());
    person.forms.addAll(row.forms());
    person.reporterTypes.add(row.reporterType());
    if (row.minor() != null) {
      person.minor.add(row.minor());
    }
    if (row.nationalityGroup() != null) {
      person.nationalityGroups.add(row.nationalityGroup());
    }
    person.outcome = row.outcome();
  }

  RegionFigures figures(String region, LocalDate from, LocalDate until) {
    for (Person person : persons.values()) {
      person.forms.forEach(form -> count(Dimension.FORM, form, 0));
      person.reporterTypes.forEach(type -> count(Dimension.REPORTER_TYPE, type, 0));
      count(Dimension.AGE_GROUP, ageGroup(person.minor), 0);
      count(
          Dimension.NATIONALITY_GROUP,
          person.nationalityGroups.size() == 1
              ? person.nationalityGroups.iterator().next()
              : Dimension.UNKNOWN,
          0);
      count(Dimension.OUTCOME, person.outcome, 0);
    }
    Map<Dimension, Map<String, Count>> figures = new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      Map<String, Count> values = new LinkedHashMap<>();
      dimension.valueCodes().forEach(value -> values.put(value, Count.ZERO));
      counts
          .getOrDefault(dimension, Map.of())
          .forEach((value, c) -> values.put(value, new Count(c[0], c[1])));
      figures.put(dimension, values);
    }
    return new RegionFigures(region, from, until, new Count(persons.size(), signals), figures);
  }

  /** Adds a person (index 0) or a signal (index 1) to a value's count. */
  private void count(Dimension dimension, String value, int which) {
    counts.computeIfAbsent(dimension, d -> new LinkedHashMap<>())
        .computeIfAbsent(orUnknown(value), v -> new long[2])[which]++;
  }

  private static String ageGroup(Set<Boolean> minor) {
    if (minor.contains(Boolean.TRUE)) {
      return "minor";
    }
    return minor.contains(Boolean.FALSE) ? "adult" : Dimension.UNKNOWN;
  }

  private static String orUnknown(String value) {
    return value == null ? Dimension.UNKNOWN : value;
  }
}
