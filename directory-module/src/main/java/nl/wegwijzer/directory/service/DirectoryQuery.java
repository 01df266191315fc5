package nl.wegwijzer.directory.service;

/**
 * A directory search as it arrives from a screen or the API: every value is the code a visitor
 * chose or the text they typed, checked by {@link OrganisationDirectory}.
 *
 * @param municipality a municipality name, CBS code or postcode
 */
public record DirectoryQuery(
    String text,
    String need,
    String region,
    String municipality,
    String age,
    String gender,
    String nationality,
    String form,
    String language,
    String sort) {

  public static DirectoryQuery all() {
    return new DirectoryQuery(null, null, null, null, null, null, null, null, null, null);
  }
}
