package nl.wegwijzer.casework.model;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * Nationalities as ISO 3166-1 alpha-2 codes, and the group that rights depend on. Two codes from
 * ISO 3166's user-assigned range stand for what a coordinator often has to record instead: {@link
 * #UNKNOWN} (ZZ, as Unicode CLDR names an unknown region) and {@link #STATELESS} (XX, after the XXA
 * that ICAO Doc 9303 uses for stateless persons in travel documents).
 */
public final class Nationalities {

  /** The nationality is not known (yet). */
  public static final String UNKNOWN = "ZZ";

  /** The person has no nationality. */
  public static final String STATELESS = "XX";

  /**
   * EU member states, with the EEA states and Switzerland: their nationals have free movement, so
   * the route of support is the EU one.
   */
  private static final Set<String> EU =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH");

  private static final Set<String> KNOWN =
      Stream.concat(Stream.of(Locale.getISOCountries()), Stream.of(UNKNOWN, STATELESS))
          .collect(Collectors.toUnmodifiableSet());

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

  /**
   * The group of a nationality; null when it is unknown. A stateless person is a third-country
   * national in EU law (Directive 2004/81/EC, art. 2(a): "any person who is not a citizen of the
   * Union"), so outside the EU group.
   */
  public static NationalityGroup groupOf(String code) {
    if (code == null || code.equals(UNKNOWN)) {
      return null;
    }
    if (code.equals("NL")) {
      return NationalityGroup.DUTCH;
    }
    return EU.contains(code) ? NationalityGroup.EU : NationalityGroup.NON_EU;
  }
}
