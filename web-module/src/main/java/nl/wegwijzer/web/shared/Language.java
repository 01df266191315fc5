package nl.wegwijzer.web.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the site: Dutch first, English for visitors who do not read Dutch. */
public enum Language {
  DUTCH("nl"),
  ENGLISH("en");

  /** Where the language filter leaves its decision for the rest of the request. */
  public static final String REQUEST_ATTRIBUTE = "wegwijzer.language";

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  public Language other() {
    return this == DUTCH ? ENGLISH : DUTCH;
  }

  public static Optional<Language> fromCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }
}
