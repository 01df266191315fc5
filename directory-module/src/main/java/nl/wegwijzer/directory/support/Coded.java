package nl.wegwijzer.directory.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An enum with a stable lower-case code for URLs and the API, so that renaming a constant never
 * breaks a shared link.
 */
public interface Coded {

  String name();

  default String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The codes of values that no longer exist and that this constant took over (a value split or
   * renamed): read as this constant, so a bookmarked URL or an older client keeps working, and
   * never written.
   */
  default Set<String> formerCodes() {
    return Set.of();
  }

  /** The constant with this code or former code (case-insensitive), if there is one. */
  static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String value) {
    String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> c.code().equals(wanted) || c.formerCodes().contains(wanted))
        .findFirst();
  }

  /** Whether {@code value} is a former code of a constant of {@code type}, not a current one. */
  static <E extends Enum<E> & Coded> boolean isFormer(Class<E> type, String value) {
    String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.formerCodes().contains(wanted));
  }

  /** Parses a code (case-insensitive); a wrong value names the values that are allowed. */
  static <E extends Enum<E> & Coded> E parse(Class<E> type, String parameter, String value) {
    return find(type, value).orElseThrow(() -> unknown(type, parameter, value));
  }

  private static <E extends Enum<E> & Coded> InvalidInputException unknown(
      Class<E> type, String parameter, String value) {
    return new InvalidInputException(
        parameter,
        "'"
            + value
            + "' is not a known value; use one of: "
            + Arrays.stream(type.getEnumConstants())
                .map(Coded::code)
                .collect(Collectors.joining(", ")));
  }
}
