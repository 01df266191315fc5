package nl.wegwijzer.directory.service;

import java.util.List;

/**
 * What a postcode import did (or, as a preview, would do).
 *
 * @param rejectedCount all rejected rows; {@code rejected} lists the first of them
 */
public record PostcodeImportReport(
    boolean applied,
    int added,
    int changed,
    int unchanged,
    int rejectedCount,
    List<Rejection> rejected) {

  public PostcodeImportReport {
    rejected = List.copyOf(rejected);
  }

  /**
   * A row that was not imported, with its line number in the file, why ({@code problem}: {@code
   * not-a-postcode}, {@code unknown-municipality} or {@code duplicate}, for a screen to say in its
   * own language) and the value concerned ({@code detail}).
   */
  public record Rejection(int line, String content, String problem, String detail) {

    /** The reason in English, for logs and the API. */
    public String reason() {
      return switch (problem) {
        case "not-a-postcode" -> "'" + detail + "' is not a postcode";
        case "unknown-municipality" -> "unknown municipality '" + detail + "'";
        default -> "postcode " + detail + " appears earlier with another municipality";
      };
    }
  }
}
