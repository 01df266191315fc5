package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** The report to the police (aangifte). */
public enum PoliceReport implements Coded {
  NOT_REPORTED,
  INFORMATIVE_TALK,
  REPORTED,
  DECLINED_TO_REPORT
}
