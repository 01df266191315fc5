package nl.wegwijzer.casework.report;

import nl.wegwijzer.directory.support.Coded;

/** What the figures are counted by. */
public enum Dimension implements Coded {
  FORM,
  REPORTER_TYPE,
  AGE_GROUP,
  NATIONALITY_GROUP,
  OUTCOME
}
