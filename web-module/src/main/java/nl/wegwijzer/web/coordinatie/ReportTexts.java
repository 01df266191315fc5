package nl.wegwijzer.web.coordinatie;

import java.util.MissingResourceException;
import nl.wegwijzer.casework.report.Dimension;
import nl.wegwijzer.casework.report.ReportLabels;
import nl.wegwijzer.web.shared.CaseworkTexts;
import nl.wegwijzer.web.shared.Labels;

/**
 * The words of the reports, from the screens' bundles in the page's language (Dutch outside a Faces
 * request, so the national CSV is Dutch): the figures page and the national export say the same.
 */
public final class ReportTexts implements ReportLabels {

  public static final ReportTexts INSTANCE = new ReportTexts();

  private ReportTexts() {}

  @Override
  public String national() {
    return CaseworkTexts.text("report.national");
  }

  @Override
  public String total() {
    return CaseworkTexts.text("report.total");
  }

  @Override
  public String dimension(Dimension dimension) {
    return CaseworkTexts.text("report.dimension." + dimension.code());
  }

  @Override
  public String value(Dimension dimension, String code) {
    if (Dimension.UNKNOWN.equals(code)) {
      return CaseworkTexts.text("report.unknown");
    }
    try {
      return switch (dimension) {
        case FORM -> Labels.text("form." + code);
        case REPORTER_TYPE -> CaseworkTexts.text("reporterType." + code);
        case AGE_GROUP -> CaseworkTexts.text("report.age." + code);
        case NATIONALITY_GROUP -> Labels.text("nationality." + code);
        case OUTCOME -> CaseworkTexts.textOr("report.outcome." + code, "closeReason." + code);
      };
    } catch (MissingResourceException e) {
      return code;
    }
  }
}
