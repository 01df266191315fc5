package nl.wegwijzer.directory.service;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.OtherName;

/**
 * The name typed was that of a municipality that merged away: 'Brielle' has been part of Voorne aan
 * Zee since 1 January 2023. {@code explanation} says so in Dutch ("nl") and English ("en"), so that
 * the person who typed it knows why another municipality answers.
 */
public record FormerMunicipality(
    String name, String partOf, LocalDate since, Map<String, String> explanation) {

  private static final String BUNDLE = "nl.wegwijzer.directory.service.places";
  private static final ResourceBundle.Control EXACT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public FormerMunicipality {
    explanation = Map.copyOf(explanation);
  }

  static FormerMunicipality of(OtherName former, Municipality now) {
    Map<String, String> explanation = new LinkedHashMap<>();
    for (String language : new String[] {"nl", "en"}) {
      Locale locale = Locale.forLanguageTag(language);
      ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, EXACT);
      String date =
          DateTimeFormatter.ofPattern(texts.getString("date"), locale).format(former.validFrom());
      explanation.put(
          language,
          new MessageFormat(texts.getString("formerMunicipality"), locale)
              .format(new Object[] {former.name(), now.name(), date}));
    }
    return new FormerMunicipality(former.name(), now.name(), former.validFrom(), explanation);
  }
}
