package nl.wegwijzer.directory.support;

import java.util.Arrays;
import java.util.Locale;
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

  /** Parses a code (case-insensitive); a wrong value names the values that are allowed. */
  static <E extends Enum<E> & Coded> E parse(Class<E> type, String parameter, String value) {
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(wanted)) {
        return constant;
      }
    }
    throw new InvalidInputException(
        parameter,
        "'"
            + value
            + "' is not a known value; use one of: "
            + Arrays.stream(type.getEnumConstants())
                .map(Coded::code)
                .collect(Collectors.joining(", ")));
  }
}
