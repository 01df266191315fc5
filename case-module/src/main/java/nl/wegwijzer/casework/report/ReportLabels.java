package nl.wegwijzer.casework.report;

/**
 * The words of a published report, beside its codes: the screens' resource bundles hold them, in
 * the language the report is published in.
 */
public interface ReportLabels {

  /** "Nederland": the row of the whole country. */
  String national();

  /** "Totaal": the row of all persons and signals of a region. */
  String total();

  /** The name of a dimension, e.g. "Vorm van uitbuiting". */
  String dimension(Dimension dimension);

  /** The name of one of a dimension's values, e.g. "Arbeidsuitbuiting". */
  String value(Dimension dimension, String code);
}
