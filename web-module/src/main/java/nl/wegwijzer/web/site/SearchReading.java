package nl.wegwijzer.web.site;

/**
 * What the words of a directory search turned out to mean, for the page to say so.
 *
 * @param suggestion the words with their typing errors corrected ("Bedoelde u …?"); null when
 *     nothing needed correcting
 * @param corrected the words found nothing, so the results shown are those of the suggestion
 * @param place the place named in the words, with its coordinator; null when none
 */
public record SearchReading(String suggestion, boolean corrected, SearchPlace.Found place) {

  public static final SearchReading NONE = new SearchReading(null, false, null);
}
