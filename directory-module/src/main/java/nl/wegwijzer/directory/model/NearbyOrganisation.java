package nl.wegwijzer.directory.model;

import java.util.List;

/**
 * An organisation that fits a person's need and profile, with how near its nearest fitting service
 * is ({@link Nearness} as its code: 'municipality', 'region', 'elsewhere-in-region', 'national')
 * and its phone numbers that answer day and night.
 */
public record NearbyOrganisation(
    String slug, String name, boolean demo, String nearness, List<String> lines24x7) {

  public NearbyOrganisation {
    lines24x7 = List.copyOf(lines24x7);
  }
}
