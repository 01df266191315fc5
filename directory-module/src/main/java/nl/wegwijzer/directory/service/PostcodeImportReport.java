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

  /** A row that was not imported, with its line number in the file and the reason. */
  public record Rejection(int line, String content, String reason) {}
}
