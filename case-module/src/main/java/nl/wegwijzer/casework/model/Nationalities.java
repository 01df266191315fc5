package nl.wegwijzer.casework.model;

import java.util.Locale;
import java.util.Set;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.support.InvalidInputException;

/** Nationalities as ISO 3166-1 alpha-2 codes, and the group that rights depend on. */
public final class Nationalities {

  /**
   * EU member states, with the EEA states and Switzerland: their nationals have free movement, so
   * the route of support is the EU one.
   */
  private static final Set<String> EU =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH");

  private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

  private Nationalities() {}

  /** 'nl', ' NL ' → 'NL'; blank → null; an unknown code is an InvalidInputException. */
  public static String normalise(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if (!KNOWN.contains(upper)) {
      throw new InvalidInputException(
          "nationality", "'" + code + "' is not an ISO 3166 country code such as NL or RO");
    }
    return upper;
  }

  public static NationalityGroup groupOf(String code) {
    if (code == null) {
      return null;
    }
    if (code.equals("NL")) {
      return NationalityGroup.DUTCH;
    }
    return EU.contains(code) ? NationalityGroup.EU : NationalityGroup.NON_EU;
  }
}
