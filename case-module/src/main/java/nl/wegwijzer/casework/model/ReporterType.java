package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** Who reported a signal. */
public enum ReporterType implements Coded {
  POLICE,
  BORDER_POLICE,
  LABOUR_INSPECTORATE,
  CARE_ORGANISATION,
  LAWYER,
  SHELTER,
  SELF,
  OTHER
}
