package nl.wegwijzer.content.service;

import java.util.List;

/**
 * One editable field of a kind: how the form shows it and what the check asks of it.
 *
 * @param options for CHOICE and CHOICES: the allowed values with a label (null: the screen names
 *     the value from its texts)
 */
public record FieldSpec(
    String name, Type type, boolean required, int maxLength, List<Option> options) {

  /** How a field is written. */
  public enum Type {
    /** The item's URL name: set once, when the item is new. */
    SLUG,
    LINE,
    TEXT,
    /** Simple HTML, written with the rich-text editor and cleaned by the sanitiser. */
    RICH,
    NUMBER,
    CHOICE,
    CHOICES,
    DATE,
    FLAG,
    /** An uploaded file, named by the id it got when it was stored. */
    FILE,
    /** Repeatable rows (one JSON array); the kind checks and shows them. */
    ROWS
  }

  /** A value a choice allows. */
  public record Option(String value, String label) {}

  public FieldSpec {
    options = options == null ? List.of() : List.copyOf(options);
  }

  public static FieldSpec slug() {
    return new FieldSpec("slug", Type.SLUG, true, 120, List.of());
  }

  public static FieldSpec line(String name, boolean required, int maxLength) {
    return new FieldSpec(name, Type.LINE, required, maxLength, List.of());
  }

  public static FieldSpec text(String name, boolean required, int maxLength) {
    return new FieldSpec(name, Type.TEXT, required, maxLength, List.of());
  }

  public static FieldSpec rich(String name, boolean required) {
    return new FieldSpec(name, Type.RICH, required, 100_000, List.of());
  }

  public static FieldSpec number(String name) {
    return new FieldSpec(name, Type.NUMBER, true, 6, List.of());
  }

  public static FieldSpec choice(String name, boolean required, List<Option> options) {
    return new FieldSpec(name, Type.CHOICE, required, 120, options);
  }

  public static FieldSpec choices(String name, List<Option> options) {
    return new FieldSpec(name, Type.CHOICES, false, 10_000, options);
  }

  public static FieldSpec date(String name) {
    return new FieldSpec(name, Type.DATE, true, 10, List.of());
  }

  /** A day that may stay empty. */
  public static FieldSpec optionalDate(String name) {
    return new FieldSpec(name, Type.DATE, false, 10, List.of());
  }

  public static FieldSpec flag(String name) {
    return new FieldSpec(name, Type.FLAG, false, 5, List.of());
  }

  public static FieldSpec file(String name) {
    return new FieldSpec(name, Type.FILE, true, 18, List.of());
  }

  /**
   * Rows of the given columns; {@code options} are the columns' allowed values where they have
   * some.
   */
  public static FieldSpec rows(String name, List<Option> options) {
    return new FieldSpec(name, Type.ROWS, true, 200_000, options);
  }

  public boolean isRich() {
    return type == Type.RICH;
  }

  /** The code of the type, for the screen. */
  public String getKind() {
    return type.name().toLowerCase(java.util.Locale.ROOT);
  }
}
