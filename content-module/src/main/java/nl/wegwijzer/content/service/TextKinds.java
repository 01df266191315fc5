package nl.wegwijzer.content.service;

import java.util.List;
import java.util.function.Function;
import nl.wegwijzer.directory.support.Coded;

/** The fields that most kinds share: Dutch text, English text, and code lists as options. */
final class TextKinds {

  static final int TITLE = 200;
  static final int SUMMARY = 2000;

  private TextKinds() {}

  static List<FieldSpec> dutch() {
    return List.of(
        FieldSpec.line("title", true, TITLE),
        FieldSpec.text("summary", true, SUMMARY),
        FieldSpec.rich("body", true));
  }

  static List<FieldSpec> english() {
    return List.of(
        FieldSpec.line("titleEn", false, TITLE),
        FieldSpec.text("summaryEn", false, SUMMARY),
        FieldSpec.rich("bodyEn", false));
  }

  /** The options of an enum, named by the screen. */
  static <E extends Enum<E> & Coded> List<FieldSpec.Option> codes(Class<E> type) {
    return java.util.Arrays.stream(type.getEnumConstants())
        .map(c -> new FieldSpec.Option(c.code(), null))
        .toList();
  }

  static <T> List<FieldSpec.Option> options(
      List<T> items, Function<T, String> value, Function<T, String> label) {
    return items.stream().map(i -> new FieldSpec.Option(value.apply(i), label.apply(i))).toList();
  }
}
