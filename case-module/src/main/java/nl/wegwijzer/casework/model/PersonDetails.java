package nl.wegwijzer.casework.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
    String interpreterLanguage) {

  public static final PersonDetails NONE =
      new PersonDetails(null, null, null, null, null, null, null, null, null, null);

  /** The version of {@link #text()}; a later layout gets its own, and old values stay readable. */
  private static final String LAYOUT = "p2";

  /** The first layout, without the interpreter's language. */
  private static final String FIRST_LAYOUT = "p1";

  private static final String SEPARATOR = "|";

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
        text(interpreterLanguage));
  }

  /** Reads what {@link #text()} wrote. */
  public static PersonDetails ofText(String text) {
    List<String> parts = Arrays.asList(Objects.requireNonNull(text, "text").split("\\|", -1));
    boolean first = parts.size() == 10 && FIRST_LAYOUT.equals(parts.get(0));
    if (!first && (parts.size() != 11 || !LAYOUT.equals(parts.get(0)))) {
      throw new IllegalArgumentException("not a sealed person's details");
    }
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
        first ? null : read(parts.get(10), Function.identity()));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static <T> T read(String part, Function<String, T> parse) {
    return part.isEmpty() ? null : parse.apply(part);
  }
}
