package nl.wegwijzer.directory.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.wegwijzer.directory.support.InvalidInputException;

/** Readable, stable URL keys: lower-case letters and digits separated by single hyphens. */
public final class Slugs {

  private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  private static final int MAX_LENGTH = 120;

  private Slugs() {}

  public static boolean isSlug(String candidate) {
    return candidate != null
        && candidate.length() <= MAX_LENGTH
        && SLUG.matcher(candidate).matches();
  }

  public static String requireSlug(String candidate, String field) {
    if (!isSlug(candidate)) {
      throw new InvalidInputException(
          field, "must be lower-case letters and digits separated by hyphens");
    }
    return candidate;
  }

  /**
   * Makes a slug from a Dutch title: 'Fryslân' becomes 'fryslan', "'s-Gravenhage" 's-gravenhage'.
   */
  public static String from(String title) {
    String withoutAccents =
        Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug =
        withoutAccents
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+)|(-+$)", "");
    return slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH).replaceAll("-+$", "") : slug;
  }
}
