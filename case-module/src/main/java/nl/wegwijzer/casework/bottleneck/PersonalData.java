package nl.wegwijzer.casework.bottleneck;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the obvious personal data that people type into a free-text field by mistake: e-mail
 * addresses, dates (a date of birth), phone numbers and long numbers (a citizen service number, a
 * document or account number). It cannot recognise a name; the screen asks people not to type one.
 */
public final class PersonalData {

  /** What was found, so that the message can say what to leave out. */
  public enum Kind {
    EMAIL,
    DATE,
    PHONE,
    NUMBER
  }

  private record Rule(Kind kind, Pattern pattern) {}

  private static final String MONTH =
      "(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|juni?|juli?|aug(?:ustus)?"
          + "|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?"
          + "|january|february|march|may|june|july|october|december)";

  // Order matters: a date or a phone number is also a run of digits, and the message should name
  // the most specific thing.
  private static final List<Rule> RULES =
      List.of(
          new Rule(
              Kind.EMAIL,
              Pattern.compile(
                  "[\\p{L}\\p{N}._%+-]+\\s*@\\s*[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+")),
          new Rule(
              Kind.DATE,
              Pattern.compile(
                  "(?<!\\d)(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})"
                      + "|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})(?!\\d)"
                      + "|(?<!\\d)\\d{1,2}\\s*"
                      + MONTH
                      + "\\.?\\s*\\d{4}(?!\\d)",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
          new Rule(
              Kind.PHONE,
              Pattern.compile(
                  "(?:\\+|(?<!\\d)00)\\s?\\d(?:[\\s().-]{0,2}\\d){7,}"
                      + "|(?<!\\d)0\\d(?:[\\s().-]{0,2}\\d){8}(?!\\d)")),
          new Rule(Kind.NUMBER, Pattern.compile("(?<!\\d)\\d(?:[\\s.-]?\\d){7,}")));

  private PersonalData() {}

  /** The first kind of personal data found in the text, if any. */
  public static Optional<Kind> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return RULES.stream()
        .filter(rule -> rule.pattern().matcher(text).find())
        .map(Rule::kind)
        .findFirst();
  }

  /** Refuses text with obvious personal data, naming the field and what was found. */
  public static String refuse(String text, String field) {
    find(text)
        .ifPresent(
            kind -> {
              throw new PersonalDataException(field, kind);
            });
    return text;
  }
}
