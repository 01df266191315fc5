package nl.wegwijzer.casework.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.wegwijzer.directory.model.Gender;

/**
 * What a signal knows of the person and of where and how they were exploited that no query or
 * report needs in full: together, in a small municipality, these single a person out (issue 23 §8).
 * Stored only sealed ({@link PersonDetailsConverter}); what reports count is kept beside it in its
 * coarsest form (the region, the minor flag, the nationality group).
 *
 * @param municipality the municipality's CBS code
 * @param interpreterLanguage the ISO 639 code of the language an interpreter must speak: with the
 *     rest it narrows the person down as much as the nationality does
 * @param languages the ISO 639 codes of the languages the person speaks: a rare one beside the
 *     region points to a person as the nationality does, and no list or report asks for them
 * @param indicators the codes of the indicators observed: a combination of them (a brand mark, a
 *     scar after an operation) describes one person's situation, and no list or report counts them
 */
public record PersonDetails(
    Integer age,
    Integer birthYear,
    Gender gender,
    String nationality,
    String municipality,
    Sector sector,
    LocalDate periodFrom,
    LocalDate periodUntil,
    ResidenceStatus residenceStatus,
    String interpreterLanguage,
    Set<String> languages,
    Set<String> indicators) {

  public static final PersonDetails NONE =
      new PersonDetails(null, null, null, null, null, null, null, null, null, null, null, null);

  /** The version of {@link #text()}; a later layout gets its own, and old values stay readable. */
  private static final String LAYOUT = "p3";

  /** The first layout, without the interpreter's language, the languages and the indicators. */
  private static final String FIRST_LAYOUT = "p1";

  /** The second layout, without the languages and the indicators (casework V56). */
  private static final String SECOND_LAYOUT = "p2";

  private static final String SEPARATOR = "|";

  /** Between the codes of one part: neither language nor indicator codes hold it. */
  private static final String CODE_SEPARATOR = ",";

  public PersonDetails {
    languages = sorted(languages);
    indicators = sorted(indicators);
  }

  /** These details with the languages and indicators that were kept beside them before V56. */
  public PersonDetails withCodes(Set<String> spoken, Set<String> observed) {
    return new PersonDetails(
        age,
        birthYear,
        gender,
        nationality,
        municipality,
        sector,
        periodFrom,
        periodUntil,
        residenceStatus,
        interpreterLanguage,
        spoken,
        observed);
  }

  public boolean empty() {
    return equals(NONE);
  }

  /** One line of text to seal: the layout, then each part ("" where unknown), codes only. */
  public String text() {
    return String.join(
        SEPARATOR,
        LAYOUT,
        text(age),
        text(birthYear),
        gender == null ? "" : gender.name(),
        text(nationality),
        text(municipality),
        sector == null ? "" : sector.name(),
        text(periodFrom),
        text(periodUntil),
        residenceStatus == null ? "" : residenceStatus.name(),
        text(interpreterLanguage),
        String.join(CODE_SEPARATOR, languages),
        String.join(CODE_SEPARATOR, indicators));
  }

  /** Reads what {@link #text()} wrote, in any of its layouts. */
  public static PersonDetails ofText(String text) {
    List<String> parts = Arrays.asList(Objects.requireNonNull(text, "text").split("\\|", -1));
    boolean first = parts.size() == 10 && FIRST_LAYOUT.equals(parts.get(0));
    boolean second = parts.size() == 11 && SECOND_LAYOUT.equals(parts.get(0));
    if (!first && !second && (parts.size() != 13 || !LAYOUT.equals(parts.get(0)))) {
      throw new IllegalArgumentException("not a sealed person's details");
    }
    boolean third = !first && !second;
    return new PersonDetails(
        read(parts.get(1), Integer::valueOf),
        read(parts.get(2), Integer::valueOf),
        read(parts.get(3), Gender::valueOf),
        read(parts.get(4), Function.identity()),
        read(parts.get(5), Function.identity()),
        read(parts.get(6), Sector::valueOf),
        read(parts.get(7), LocalDate::parse),
        read(parts.get(8), LocalDate::parse),
        read(parts.get(9), ResidenceStatus::valueOf),
        first ? null : read(parts.get(10), Function.identity()),
        third ? codes(parts.get(11)) : null,
        third ? codes(parts.get(12)) : null);
  }

  /** In a fixed order, so that the text and the printed form do not depend on a hash. */
  private static Set<String> sorted(Set<String> codes) {
    return codes == null || codes.isEmpty()
        ? Collections.emptySortedSet()
        : Collections.unmodifiableSortedSet(new TreeSet<>(codes));
  }

  private static Set<String> codes(String part) {
    return part.isEmpty() ? Set.of() : Set.of(part.split(CODE_SEPARATOR));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static <T> T read(String part, Function<String, T> parse) {
    return part.isEmpty() ? null : parse.apply(part);
  }
}
